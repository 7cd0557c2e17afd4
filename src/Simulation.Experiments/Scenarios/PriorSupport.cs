using System.Globalization;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// A prior's range must run from its min up to a larger max, and a sourced number's value must lie within it: a run would otherwise use a value that calibration and
/// sensitivity, which draw from the prior, never consider, which is almost always a typing slip. Checked for scenario files
/// as they load; a sweep or a classroom setting that moves a value afterwards is not held to its prior.
/// </summary>
internal static class PriorSupport
{
    /// <summary>Returns a problem for every prior of <paramref name="document"/> whose <c>max</c> is not above its <c>min</c>, and every
    /// value outside its prior's <c>min</c>–<c>max</c>, each saying how to mend it. <paramref name="own"/> is the extending
    /// file's own document when <paramref name="document"/> is merged with files it extends (null for a file alone): a value
    /// it sets whose prior comes from those files is told it may take a prior of its own.</summary>
    public static IReadOnlyList<ScenarioProblem> Check(JsonObject document, string file, JsonObject? own = null)
    {
        var problems = new List<ScenarioProblem>();
        Walk(document, own, "$", file, problems);
        return problems;
    }

    private static void Walk(JsonNode? node, JsonNode? own, string path, string file, List<ScenarioProblem> problems)
    {
        switch (node)
        {
            case JsonObject o when o["prior"] is JsonObject prior && o["value"] is JsonValue value && value.TryGetValue<double>(out var x):
                if (prior["min"] is JsonValue low && low.TryGetValue<double>(out var min) && prior["max"] is JsonValue high
                    && high.TryGetValue<double>(out var max))
                {
                    if (max < min)
                    {
                        problems.Add(new ScenarioProblem(file, $"{path}.prior.max", $"{Text(max)} is below the prior's min {Text(min)}: a prior's range needs min < max"));
                    }
                    else if (max == min)
                    {
                        // A prior of no width leaves nothing uncertain, and every method would take a value it cannot move for
                        // one the results do not depend on (calibration would call it a placebo).
                        problems.Add(new ScenarioProblem(file, $"{path}.prior.max", $"{Text(max)} equals the prior's min: a prior of no width leaves nothing uncertain; "
                            + "remove the prior to keep the value fixed, or give it a range (min < max)"));
                    }
                    else if (x < min || x > max)
                    {
                        problems.Add(new ScenarioProblem(file, $"{path}.value", Outside(x, min, max, own as JsonObject)));
                    }
                }
                break;
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    Walk(child, (own as JsonObject)?[key], $"{path}.{key}", file, problems);
                }
                break;
            case JsonArray a:
                // A list merged by key holds the extending file's element under the same key; any other list is the file's whole.
                var merging = ElementKey.CommonTo(a);
                for (var i = 0; i < a.Count; i++)
                {
                    var mine = own is not JsonArray ownList ? null
                        : merging is null ? (i < ownList.Count ? ownList[i] : null)
                        : ElementKey.NameOf(a[i]) is { } name ? ElementKey.Find(ownList, name) : null;
                    Walk(a[i], mine, $"{path}[{i}]", file, problems);
                }
                break;
        }
    }

    // How to mend a value outside its prior (docs/scenario-format.md, "Priors"): a what-if that moves a value keeps the prior
    // of the file it extends, objects merging field by field, so it gives the value a prior of its own or widens that one.
    private static string Outside(double x, double min, double max, JsonObject? own)
    {
        var range = $"{Text(min)}–{Text(max)}";
        return own is not null && own["value"] is not null && own["prior"] is null
            ? $"{Text(x)} lies outside the range {range} of the prior it keeps from the file it extends, which calibration and sensitivity draw from: "
                + $"give the value a prior of its own beside it (\"prior\": {{\"distribution\": \"uniform\", \"min\": …, \"max\": …}}, a range that holds {Text(x)}), "
                + "or widen that prior's min and max"
            : $"{Text(x)} lies outside its prior's range {range}, which calibration and sensitivity draw from: correct the value, or widen the prior "
                + $"(its min and max) to hold {Text(x)}";
    }

    private static string Text(double x) => x.ToString("G", CultureInfo.InvariantCulture);
}
