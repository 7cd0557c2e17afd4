using System.Globalization;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// A prior's range must run from its min up to its max, and a sourced number's value must lie within it: a run would otherwise use a value that calibration and
/// sensitivity, which draw from the prior, never consider, which is almost always a typing slip. Checked for scenario files
/// as they load; a sweep or a classroom setting that moves a value afterwards is not held to its prior.
/// </summary>
internal static class PriorSupport
{
    /// <summary>Returns a problem for every prior of <paramref name="document"/> whose <c>max</c> is below its <c>min</c>, and every
    /// value outside its prior's <c>min</c>–<c>max</c>.</summary>
    public static IReadOnlyList<ScenarioProblem> Check(JsonObject document, string file)
    {
        var problems = new List<ScenarioProblem>();
        Walk(document, "$", file, problems);
        return problems;
    }

    private static void Walk(JsonNode? node, string path, string file, List<ScenarioProblem> problems)
    {
        switch (node)
        {
            case JsonObject o when o["prior"] is JsonObject prior && o["value"] is JsonValue value && value.TryGetValue<double>(out var x):
                if (prior["min"] is JsonValue low && low.TryGetValue<double>(out var min) && prior["max"] is JsonValue high
                    && high.TryGetValue<double>(out var max))
                {
                    if (max < min)
                    {
                        problems.Add(new ScenarioProblem(file, $"{path}.prior.max", $"{Text(max)} is below the prior's min {Text(min)}: a prior's range needs min ≤ max"));
                    }
                    else if (x < min || x > max)
                    {
                        problems.Add(new ScenarioProblem(file, $"{path}.value",
                            $"{Text(x)} lies outside its prior's range {Text(min)}–{Text(max)}, which calibration and sensitivity draw from"));
                    }
                }
                break;
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    Walk(child, $"{path}.{key}", file, problems);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], $"{path}[{i}]", file, problems);
                }
                break;
        }
    }

    private static string Text(double x) => x.ToString("G", CultureInfo.InvariantCulture);
}
