using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>Every source a scenario cites in the reference files ("regions.md §2", "indicators.md §5b [R1]") can be
/// checked: the file is in docs/sources and has the section (and the marked row) cited.</summary>
public sealed partial class SourceCitationTests
{
    public static TheoryData<string> ScenarioFiles() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "scenarios"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f))];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void EveryCitedSectionOfAReferenceFile_Exists(string file)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, file)))!;
        var missing = new List<string>();
        foreach (var source in Sources(document))
        {
            foreach (Match citation in Citation().Matches(source))
            {
                var reference = Path.Combine(Repository.Root, "docs", "sources", citation.Groups["file"].Value);
                if (!File.Exists(reference))
                {
                    missing.Add($"{citation.Value}: no {reference}");
                    continue;
                }
                var text = File.ReadAllText(reference);
                foreach (Capture section in citation.Groups["section"].Captures)
                {
                    if (!Regex.IsMatch(text, $"^#{{2,3}} {Regex.Escape(section.Value)}\\.", RegexOptions.Multiline))
                    {
                        missing.Add($"{citation.Value}: no section {section.Value} in {citation.Groups["file"].Value}");
                    }
                }
                foreach (Capture row in citation.Groups["row"].Captures)
                {
                    if (!text.Contains(row.Value, StringComparison.Ordinal))
                    {
                        missing.Add($"{citation.Value}: no {row.Value} in {citation.Groups["file"].Value}");
                    }
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void TheBaseline_CitesTheReferenceFiles()
    {
        var document = JsonNode.Parse(File.ReadAllText(Repository.Scenario("baseline.json")))!;

        var cited = Sources(document).SelectMany(s => Citation().Matches(s)).Select(m => m.Groups["file"].Value).ToHashSet();

        Assert.Superset(new HashSet<string> { "regions.md", "indicators.md" }, cited);
    }

    private static IEnumerable<string> Sources(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "source" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Sources(p.Value)),
        JsonArray a => a.SelectMany(Sources),
        _ => [],
    };

    // "regions.md §5, §7", "indicators.md §5b [V1], [V2]": the file, its sections, and the rows marked in brackets.
    [GeneratedRegex(@"(?<file>regions\.md|indicators\.md|paper-figures\.md)(?:,?\s*§(?<section>\d+[a-z]?))*(?:,?\s*(?<row>\[[A-Z]\d*\]))*")]
    private static partial Regex Citation();
}
