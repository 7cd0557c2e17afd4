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
            var citations = Citation().Matches(source);
            for (var c = 0; c < citations.Count; c++)
            {
                var citation = citations[c];
                var name = citation.Groups["file"].Value;
                var reference = Path.Combine(Repository.Root, "docs", "sources", name);
                if (!File.Exists(reference))
                {
                    missing.Add($"{citation.Value}: no {reference}");
                    continue;
                }
                var text = File.ReadAllText(reference);
                var bodies = new List<string>();
                foreach (Capture section in citation.Groups["section"].Captures)
                {
                    if (Section(text, section.Value) is { } body)
                    {
                        bodies.Add(body);
                    }
                    else
                    {
                        missing.Add($"{citation.Value}: no section {section.Value} in {name}");
                    }
                }
                // Rows marked after the citation ("§5b [V1], [V2]", "§1b: Busan [H]"), up to the next citation, are looked for in
                // the sections cited (in the whole file when none is).
                var end = c + 1 < citations.Count ? citations[c + 1].Index : source.Length;
                var after = source[(citation.Index + citation.Length)..end];
                foreach (Match row in Row().Matches(citation.Value + after))
                {
                    if (!(bodies.Count > 0 ? bodies : [text]).Any(b => b.Contains(row.Value, StringComparison.Ordinal)))
                    {
                        missing.Add($"{source}: no {row.Value} in {name} §{string.Join(", §", citation.Groups["section"].Captures.Select(x => x.Value))}");
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

    [Theory]
    [InlineData("money.wonPerUsd", "Joongdo Ilbo")]
    [InlineData("regimes[lee].fund.shareOfPath", "KRIHS notice")]
    public void ABaselineNumberFromADocumentOutsideTheReferenceFiles_NamesWhereItWasRead(string parameter, string document)
    {
        var baseline = JsonNode.Parse(File.ReadAllText(Repository.Scenario("baseline.json")))!;
        var number = parameter == "money.wonPerUsd" ? baseline["money"]!["wonPerUsd"]!
            : baseline["regimes"]!.AsArray().Single(r => (string)r!["id"]! == "lee")!["fund"]!["shareOfPath"]!;
        var source = (string)number["source"]!;
        var further = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "sources", "further-sources.md"));

        Assert.Contains(document, source, StringComparison.Ordinal);
        Assert.Contains("further-sources.md", source, StringComparison.Ordinal);
        // The list of figures read elsewhere has the parameter's row, with the document and its public address.
        var row = Assert.Single(further, line => line.Contains($"`{parameter}`", StringComparison.Ordinal));
        Assert.Contains(document.Split(' ')[0], row, StringComparison.Ordinal);
        var address = Regex.Match(row, @"https?://\S+").Value;
        Assert.NotEmpty(address);
        // And it is true that the figure was read elsewhere: no reference file holds that address.
        Assert.All(new[] { "regions.md", "indicators.md", "paper-figures.md" },
            f => Assert.DoesNotContain(address, File.ReadAllText(Path.Combine(Repository.Root, "docs", "sources", f)), StringComparison.Ordinal));
    }

    private static IEnumerable<string> Sources(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "source" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Sources(p.Value)),
        JsonArray a => a.SelectMany(Sources),
        _ => [],
    };

    // The text of section "5b" (or "7": with its subsections) of a reference file, from its heading to the next heading of
    // the same or a higher level; null when there is no such section.
    private static string? Section(string text, string id)
    {
        var heading = Regex.Match(text, $"^(?<level>#{{2,3}}) {Regex.Escape(id)}\\.", RegexOptions.Multiline);
        if (!heading.Success)
        {
            return null;
        }
        var level = heading.Groups["level"].Value.Length;
        var next = Regex.Match(text[(heading.Index + heading.Length)..], $"^#{{2,{level}}} ", RegexOptions.Multiline);
        return next.Success ? text.Substring(heading.Index, heading.Length + next.Index) : text[heading.Index..];
    }

    // "regions.md §5, §7", "indicators.md §5b": the file and its sections.
    [GeneratedRegex(@"(?<file>regions\.md|indicators\.md|paper-figures\.md)(?:,?\s*§(?<section>\d+[a-z]?))*")]
    private static partial Regex Citation();

    // A row marked in a reference file's table, "[R1]".
    [GeneratedRegex(@"\[[A-Z]\d*\]")]
    private static partial Regex Row();
}
