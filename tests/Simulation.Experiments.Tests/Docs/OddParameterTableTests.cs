using System.Globalization;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Tests.Docs;

/// <summary>docs/ODD.md lists every parameter of the baseline scenario with its value and source; this keeps the two
/// in step when either changes.</summary>
public class OddParameterTableTests
{
    [Fact]
    public void EveryBaselineParameter_AppearsInTheOddWithItsValueAndSource()
    {
        var odd = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "ODD.md"));
        var baseline = JsonNode.Parse(File.ReadAllText(Repository.Scenario("baseline.json")))!;
        var missing = new List<string>();
        foreach (var (path, label, value, source) in SourcedNumbers(baseline, "$", "$"))
        {
            var cell = $"| {value.ToString("R", CultureInfo.InvariantCulture)} |";
            if (!odd.Any(line => line.Contains(cell, StringComparison.Ordinal) && line.Contains(source, StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal)))
            {
                missing.Add($"{path} = {value} ({source})");
            }
        }
        Assert.True(missing.Count == 0, "Parameters missing from the tables of docs/ODD.md §8:\n" + string.Join("\n", missing));
    }

    // Every { value, source } pair, with the name the table row must carry: the field's name, or for a weight the signal
    // it weighs.
    private static IEnumerable<(string Path, string Label, double Value, string Source)> SourcedNumbers(JsonNode node, string path, string label)
    {
        switch (node)
        {
            case JsonObject o when o["value"] is JsonValue v && o["source"] is JsonValue s && v.TryGetValue<double>(out var number):
                yield return (path, label, number, s.GetValue<string>());
                break;
            case JsonObject o:
                var name = o["signal"] is JsonValue signal ? signal.GetValue<string>() : label;
                foreach (var (key, child) in o)
                {
                    if (child is not null)
                    {
                        foreach (var item in SourcedNumbers(child, $"{path}.{key}", key == "weight" ? name : key))
                        {
                            yield return item;
                        }
                    }
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } child)
                    {
                        foreach (var item in SourcedNumbers(child, $"{path}[{i}]", label))
                        {
                            yield return item;
                        }
                    }
                }
                break;
        }
    }
}
