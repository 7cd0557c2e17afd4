namespace Simulation.Experiments.Sweeps;

/// <summary>
/// Main effects of a sweep: for each factor, the mean of an outcome at each of the factor's levels, averaged over the
/// other factors. Grid designs use their levels; space-filling designs group the points into equal-width bins.
/// </summary>
public static class MainEffects
{
    /// <summary>Bins used for Latin hypercube and Sobol designs.</summary>
    public const int Bins = 5;

    /// <summary>Returns the main effect of every factor on <paramref name="metric"/> under every regime mode present in <paramref name="rows"/>.</summary>
    public static IReadOnlyList<MainEffect> Compute(Experiment experiment, SweepColumns columns, IReadOnlyList<SweepRow> rows, string metric)
    {
        var m = columns.Metrics.ToList().IndexOf(metric);
        if (m < 0)
        {
            throw new ArgumentException($"unknown metric '{metric}'", nameof(metric));
        }
        var effects = new List<MainEffect>();
        var regimes = rows.Select(r => r.Regime).Distinct().ToList();
        for (var f = 0; f < experiment.Factors.Count; f++)
        {
            var factor = experiment.Factors[f];
            foreach (var regime in regimes)
            {
                var groups = rows
                    .Where(r => r.Regime == regime && !double.IsNaN(r.Means[m]))
                    .GroupBy(r => Level(experiment, factor, r.FactorValues[f]))
                    .OrderBy(g => g.Key)
                    .ToList();
                effects.Add(new MainEffect(factor.Name, metric, regime,
                    groups.Select(g => g.Key).ToList(),
                    groups.Select(g => g.Average(r => r.Means[m])).ToList(),
                    groups.Select(g => g.Count()).ToList()));
            }
        }
        return effects;
    }

    private static double Level(Experiment experiment, Factor factor, double value)
    {
        if (experiment.Design == DesignKind.Grid || factor.Max <= factor.Min)
        {
            return value;
        }
        var width = (factor.Max - factor.Min) / Bins;
        var bin = Math.Clamp((int)((value - factor.Min) / width), 0, Bins - 1);
        return factor.Min + ((bin + 0.5) * width);
    }
}
