using System.Text.Json;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A value of the wrong type is said in an author's words wherever it is in the baseline (inside an anyOf, a map of
/// counts, a sourced number), never left as the schema library's own sentence ("Value is ... but should be ...").</summary>
public class TypeFindingTests
{
    [Fact]
    public void TextInPlaceOfAnyNumberOfTheBaseline_IsSaidAsAStringWhereANumberIsExpected()
    {
        var baseline = JsonNode.Parse(File.ReadAllText(Repository.Scenario("baseline.json")))!;
        var numbers = new List<JsonValue>();
        Collect(baseline, numbers);
        var unexplained = new List<string>();
        // Every fifth number: each kind of place (a sourced number, a plain one, an integer, inside an anyOf) recurs
        // throughout the file, and each load evaluates the whole schema.
        for (var i = 0; i < numbers.Count; i += 5)
        {
            var path = numbers[i].GetPath();
            var mutant = baseline.DeepClone();
            var target = Locate(mutant, path);
            target.ReplaceWith(JsonValue.Create("text"));
            var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(mutant.ToJsonString(), "mutant.json"));
            unexplained.AddRange(error.Problems.Where(p => p.Message.Contains("should be", StringComparison.Ordinal)
                || (p.JsonPath == path && !p.Message.StartsWith("a string where ", StringComparison.Ordinal))).Select(p => $"{p.JsonPath}: {p.Message}"));
        }

        Assert.True(numbers.Count > 100, $"only {numbers.Count} numbers found");
        Assert.Empty(unexplained);
    }

    private static void Collect(JsonNode? node, List<JsonValue> numbers)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Collect(child, numbers);
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, numbers);
                }
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                numbers.Add(v);
                break;
        }
    }

    private static JsonNode Locate(JsonNode root, string path)
    {
        var all = new List<JsonValue>();
        Collect(root, all);
        return all.Single(v => v.GetPath() == path);
    }
}
