using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Core.Regions;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The values an attribute can take, as its declaration bounds them (<c>min</c>, <c>max</c>: a percent within 0–100, a count
/// at least 0). Every region's value and every prior over one must stay within them, so that a slip such as a negative count
/// or a share of 250 % is refused rather than run, and calibration never draws a value the statistic cannot have.
/// </summary>
internal static class AttributeDomains
{
    /// <summary>Adds a problem to <paramref name="fields"/> for a bound above its other bound, and for every region value
    /// (<paramref name="regions"/>, read from <paramref name="regionNodes"/>) or prior range reaching outside its attribute's
    /// bounds (<paramref name="declarations"/>, the attributes as written).</summary>
    public static void Check(IReadOnlyList<JsonObject> declarations, IReadOnlyList<JsonObject> regionNodes, IReadOnlyList<Region> regions, ScenarioFields fields)
    {
        for (var a = 0; a < declarations.Count; a++)
        {
            var (min, max) = (Bound(declarations[a], "min", double.NegativeInfinity), Bound(declarations[a], "max", double.PositiveInfinity));
            if (max < min)
            {
                fields.Problem($"$.attributes[{a}].max", $"{Text(max)} is below the attribute's min {Text(min)}: its values need min ≤ max");
                continue;
            }
            var id = (string)declarations[a]["id"]!;
            for (var r = 0; r < regions.Count && r < regionNodes.Count; r++)
            {
                var path = $"$.regions[{r}].values.{id}";
                var value = regions[r].Values[a];
                if (value < min || value > max)
                {
                    fields.Problem(path, $"{Text(value)} lies outside the values the attribute '{id}' can take, {Range(min, max)}");
                }
                else if (regionNodes[r]["values"] is JsonObject values && values[id] is JsonObject sourced && sourced["prior"] is JsonObject prior
                    && (Bound(prior, "min", min) < min || Bound(prior, "max", max) > max))
                {
                    fields.Problem($"{path}.prior", $"its range {Text(Bound(prior, "min", min))}–{Text(Bound(prior, "max", max))} reaches outside the "
                        + $"values the attribute '{id}' can take, {Range(min, max)}, which calibration and sensitivity would draw");
                }
            }
        }
    }

    private static double Bound(JsonObject holder, string field, double absent) =>
        holder[field] is JsonValue value && value.TryGetValue<double>(out var bound) ? bound : absent;

    private static string Range(double min, double max) =>
        double.IsNegativeInfinity(min) ? $"at most {Text(max)}"
        : double.IsPositiveInfinity(max) ? $"at least {Text(min)}"
        : $"{Text(min)} to {Text(max)}";

    private static string Text(double x) => x.ToString("G", CultureInfo.InvariantCulture);
}
