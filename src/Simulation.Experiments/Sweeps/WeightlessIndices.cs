using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// The composite indices that varied parameters (an experiment's factors, a scenario's priors) can leave with no weight:
/// those whose every component weight is one of the parameters or 0. An index's weighted sum is standardised again, so
/// only its weights relative to one another count, and with all of them at 0 it has no composition, which the scenario
/// reader refuses (<see cref="Core.Signals.CompositeIndex.HasWeight"/>). Knowing these lets a prior screening keep clear of
/// that corner and a design that reaches it be refused, naming the index, before any point runs.
/// </summary>
public sealed class WeightlessIndices
{
    private readonly bool[] _weights;
    private readonly IReadOnlyList<(string Index, int[] Parameters)> _reachable;

    private WeightlessIndices(bool[] weights, IReadOnlyList<(string Index, int[] Parameters)> reachable)
    {
        _weights = weights;
        _reachable = reachable;
    }

    /// <summary>Returns the indices of the scenario <paramref name="document"/> (merged) that <paramref name="parameters"/>,
    /// written in order (a later one over an earlier one on the same number), can leave with no weight.</summary>
    public static WeightlessIndices Of(JsonObject document, IReadOnlyList<ParameterPath> parameters)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parameters);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < parameters.Count; p++)
        {
            written[parameters[p].Target(document)] = p;
        }
        var weights = new bool[parameters.Count];
        var reachable = new List<(string, int[])>();
        var indices = document["indices"] as JsonArray ?? [];
        for (var i = 0; i < indices.Count; i++)
        {
            var components = indices[i]?["components"] as JsonArray ?? [];
            var varied = new List<int>();
            var fixedWeight = false;
            for (var c = 0; c < components.Count; c++)
            {
                var weight = components[c]?["weight"];
                var number = weight is JsonObject sourced ? sourced["value"] : weight;
                if (number is null)
                {
                    continue;
                }
                if (written.TryGetValue(number.GetPath(), out var parameter))
                {
                    weights[parameter] = true;
                    varied.Add(parameter);
                }
                else
                {
                    fixedWeight |= number.GetValue<double>() > 0;
                }
            }
            if (!fixedWeight && varied.Count > 0)
            {
                reachable.Add((indices[i]?["id"]?.GetValue<string>() ?? i.ToString(CultureInfo.InvariantCulture), [.. varied]));
            }
        }
        return new WeightlessIndices(weights, reachable);
    }

    /// <summary>Returns whether parameter <paramref name="parameter"/> (in the order given) is the weight of an index's component.</summary>
    public bool IsWeight(int parameter) => _weights[parameter];

    /// <summary>Returns the id of the first index that <paramref name="values"/> (one per parameter) leave with no weight, or null.</summary>
    public string? At(IReadOnlyList<double> values) =>
        _reachable.FirstOrDefault(r => r.Parameters.All(p => !(values[p] > 0))).Index;

    /// <summary>Refuses a design that leaves an index with no weight at any of its <paramref name="points"/>: throws
    /// <see cref="ScenarioException"/> naming the experiment file (the scenario's, for a screening of its priors), the index,
    /// the factors and how many points, before any of them runs.</summary>
    public static void Refuse(Experiment experiment, IReadOnlyList<DesignPoint> points)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(points);
        var indices = Of(experiment.Scenario.Document, [.. experiment.Factors.Select(f => f.Parameter)]);
        if (indices._reachable.Count == 0)
        {
            return;
        }
        var at = points.Select(p => (Point: p, Index: indices.At(p.Values))).Where(x => x.Index is not null).ToList();
        if (at.Count == 0)
        {
            return;
        }
        var (first, index) = at[0];
        var factors = indices._reachable.First(r => r.Index == index).Parameters.Select(p => $"'{experiment.Factors[p].Name}'");
        var fromPriors = experiment.File == experiment.Scenario.File;
        throw new ScenarioException(experiment.File.Path, fromPriors ? "$.indices" : "$.factors",
            $"the design sets every weight of index '{index}' to 0 at once ({(fromPriors ? "priors" : "factors")} {string.Join(" and ", factors)}) at {at.Count} of its "
            + $"{points.Count} points, the first point {first.Index}; with no weight the index has no composition (only its weights relative to one another "
            + $"count): {(fromPriors ? "raise a weight's prior" : "raise a factor's min")} above 0",
            fromPriors ? DocumentKind.Scenario : DocumentKind.Experiment);
    }
}
