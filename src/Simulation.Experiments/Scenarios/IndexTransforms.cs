using System.Globalization;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The transforms a scenario's index components name, and where each is defined: a region's value must be above 0 for
/// <c>log</c>, at least 0 for <c>log1p</c> (a count or a volume). The model would otherwise floor it without saying so, and
/// a typed minus sign would read as a region with nothing.
/// </summary>
internal static class IndexTransforms
{
    /// <summary>Returns the transform a component's <c>transform</c> names (none when it names none).</summary>
    public static IndexTransform Parse(string? name) => name switch
    {
        "log" => IndexTransform.Log,
        "log1p" => IndexTransform.Log1p,
        _ => IndexTransform.None,
    };

    /// <summary>Adds a problem to <paramref name="fields"/> for every region value an index's transform is not defined at.</summary>
    public static void CheckDomains(IReadOnlyList<CompositeIndex> indices, IReadOnlyList<Region> regions, IReadOnlyList<RegionAttribute> attributes, ScenarioFields fields)
    {
        var seen = new HashSet<(int Region, int Attribute)>();
        for (var i = 0; i < indices.Count; i++)
        {
            foreach (var component in indices[i].Components)
            {
                if (component.Transform == IndexTransform.None || component.Attribute < 0 || component.Attribute >= attributes.Count)
                {
                    continue;
                }
                for (var r = 0; r < regions.Count; r++)
                {
                    var value = regions[r].Values[component.Attribute];
                    var defined = component.Transform == IndexTransform.Log ? value > 0 : value >= 0;
                    if (!defined && !double.IsNaN(value) && seen.Add((r, component.Attribute)))
                    {
                        var (name, domain) = component.Transform == IndexTransform.Log ? ("log", "above 0") : ("log1p", "at least 0");
                        fields.Problem($"$.regions[{r}].values.{attributes[component.Attribute].Id}",
                            $"{value.ToString(CultureInfo.InvariantCulture)} is read by index '{indices[i].Id}' through '{name}', which needs a value {domain}");
                    }
                }
            }
        }
    }
}
