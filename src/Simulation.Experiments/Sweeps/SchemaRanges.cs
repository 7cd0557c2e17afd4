using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// What lets a scenario with changed numbers skip the schema: the schema's only constraints on a number are bounds and
/// whole-numberness, so a field shown to admit both ends of a range and a fraction between admits every value of it.
/// </summary>
public static class SchemaRanges
{
    /// <summary>Returns a value strictly inside (min, max) that is not a whole number, to show a field takes fractions;
    /// min itself when max = min.</summary>
    public static double FractionWithin(double min, double max)
    {
        if (max == min)
        {
            return min;
        }
        var inside = min + ((max - min) * 0.3819660112501051);
        return inside == Math.Floor(inside) ? min + ((max - min) * 0.6180339887498949) : inside;
    }

    /// <summary>Returns the first problem of <paramref name="scenario"/> with each value written at its path, checked against
    /// the schema and read; null when it loads.</summary>
    public static ScenarioProblem? ProblemWith(LoadedScenario scenario, IEnumerable<(ParameterPath Path, double Value)> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        var variant = (JsonObject)scenario.Document.DeepClone();
        foreach (var (path, value) in values)
        {
            path.Write(variant, value);
        }
        try
        {
            ScenarioLoader.Parse(variant.ToJsonString(), scenario.File.Path);
            return null;
        }
        catch (ScenarioException e)
        {
            // Named as the factor names it (regimes[lee].tilt[equity]), not by positions in the merged lists.
            return e.Problems[0] with { JsonPath = KeyedPaths.Rewrite(e.Problems[0].JsonPath, variant) };
        }
    }
}
