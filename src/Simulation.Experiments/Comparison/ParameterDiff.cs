using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Comparison;

/// <summary>Lists the parameters that differ between two scenario documents, naming list elements by their key
/// (<see cref="Scenarios.ElementKey"/>) so the list reads like the scenario (sources, descriptions and reasons are left out:
/// they document, they do not change results; nor is a key listed as a field of the element it names; nor are the run
/// settings <c>seed</c> and <c>replications</c>, which a comparison takes from its options, the same for both).</summary>
public static class ParameterDiff
{
    // Documentation, which changes no run: a competition's reason for being in sample changes what validate judges, not what
    // a scenario gives.
    private static readonly HashSet<string> Ignored = ["source", "description", "name", "$schema", "inSample"];

    // A scenario's defaults for a run, which a comparison replaces by its own (both scenarios run with the same seed and
    // count, for common random numbers): listing them as differing would say that B ran with its own.
    private static readonly HashSet<string> RunSettings = ["seed", "replications"];

    /// <summary>Returns the differences, sorted by path.</summary>
    public static IReadOnlyList<ParameterDifference> Between(JsonObject a, JsonObject b)
    {
        var left = Flatten(a);
        var right = Flatten(b);
        foreach (var setting in RunSettings)
        {
            left.Remove(setting);
            right.Remove(setting);
        }
        return left.Keys.Union(right.Keys)
            .Where(k => !left.TryGetValue(k, out var x) || !right.TryGetValue(k, out var y) || x != y)
            .Order(StringComparer.Ordinal)
            .Select(k => new ParameterDifference(k, left.GetValueOrDefault(k, string.Empty), right.GetValueOrDefault(k, string.Empty)))
            .ToList();
    }

    private static Dictionary<string, string> Flatten(JsonObject document)
    {
        var values = new Dictionary<string, string>();
        Walk(document, string.Empty, values);
        return values;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject o when o["value"] is JsonValue v && o.ContainsKey("source"):
                values[path] = Text(v);
                break;
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (!Ignored.Contains(key))
                    {
                        Walk(child, path.Length == 0 ? key : $"{path}.{key}", values);
                    }
                }
                break;
            case JsonArray list when Scenarios.ElementKey.CommonTo(list) is { } key:
                foreach (var element in list.OfType<JsonObject>())
                {
                    // The key names the element in the path, so it is not listed again as one of its fields.
                    var keyed = $"{path}[{element[key]!.GetValue<string>()}]";
                    var fields = element.Where(f => f.Key != key && !Ignored.Contains(f.Key)).ToList();
                    foreach (var (field, child) in fields)
                    {
                        Walk(child, $"{keyed}.{field}", values);
                    }
                    if (fields.Count == 0)
                    {
                        values[keyed] = element[key]!.GetValue<string>(); // an element of its key alone is there or not
                    }
                }
                break;
            case JsonArray list when list.All(e => e is JsonObject):
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i], $"{path}[{i}]", values);
                }
                break;
            case JsonArray list:
                values[path] = Scenarios.WrittenJson.Of(list); // as written: a list of Hangul names reads as Hangul
                break;
            case JsonValue v:
                values[path] = Text(v);
                break;
        }
    }

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => value.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
