using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Sensitivity;

/// <summary>
/// Runs a global sensitivity analysis of the model over an experiment's factors: builds the Morris or Saltelli design in
/// the unit hypercube, scales it onto the factors' ranges, runs a Monte Carlo at every point (the experiment's
/// replications per point, its seed) and estimates the indices of each chosen output with bootstrap intervals.
/// </summary>
public static class SensitivityStudy
{
    /// <summary>Returns the design's points, scaled to the factors' ranges, in evaluation order; throws
    /// <see cref="Scenarios.ScenarioException"/> naming the file when a point would leave an index with no weight
    /// (<see cref="WeightlessIndices.Refuse"/>, which a screening of priors never meets: <see cref="PriorScreening"/>).</summary>
    public static IReadOnlyList<DesignPoint> Points(Experiment experiment, SensitivitySettings settings)
    {
        var unit = Unit(experiment, settings, out _, out _);
        var points = unit.Select((u, i) => new DesignPoint(i, u.Select((x, f) => experiment.Factors[f].Scale(x)).ToArray(), experiment.Seed)).ToList();
        WeightlessIndices.Refuse(experiment, points);
        return points;
    }

    /// <summary>Returns every index of every factor for every output, running every design point in one go.</summary>
    /// <exception cref="InputConflictException">The scenario does not run the studied regime mode.</exception>
    public static IReadOnlyList<SensitivityRow> Run(Experiment experiment, SensitivitySettings settings, int threads, CancellationToken cancellationToken = default)
    {
        if (!experiment.Scenario.Model.Modes().Any(m => m.Label == settings.Regime))
        {
            throw new InputConflictException($"the scenario does not run the regime mode '{settings.Regime}'");
        }
        var rows = new List<SweepRow>();
        foreach (var point in Points(experiment, settings))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(RunPoint(experiment, settings, point, threads, cancellationToken));
        }
        return Analyse(experiment, settings, rows);
    }

    /// <summary>Returns the result of one design point: the Monte Carlo of the studied regime mode at it, as a sweep's row
    /// (every metric's mean and every win probability), so that a study's points can be kept in a sweep's file and resumed
    /// or run in shards.</summary>
    /// <exception cref="ArgumentException">The scenario does not run the studied regime mode.</exception>
    public static SweepRow RunPoint(Experiment experiment, SensitivitySettings settings, DesignPoint point, int threads, CancellationToken cancellationToken = default) =>
        Sweep.RunPoint(experiment, point, settings.Regime, threads, cancellationToken);

    /// <summary>Returns every index of every factor for every output from the results of the design's points
    /// (<see cref="RunPoint"/>, one per point, in any order): the same whether the points ran in one go, in several
    /// resumed runs or in shards.</summary>
    /// <exception cref="ArgumentException">A point is missing, repeated, outside the design or of another regime mode.</exception>
    public static IReadOnlyList<SensitivityRow> Analyse(Experiment experiment, SensitivitySettings settings, IReadOnlyList<SweepRow> points)
    {
        var columns = SweepColumns.For(experiment);
        var readers = settings.Outputs.Select(o => Reader(columns, o)).ToList();
        var unit = Unit(experiment, settings, out var morris, out var saltelli);
        var outputs = settings.Outputs.Select(_ => new double[unit.Count]).ToList();
        var seen = new bool[unit.Count];
        foreach (var row in points)
        {
            if (row.Point < 0 || row.Point >= unit.Count || seen[row.Point] || row.Regime != settings.Regime)
            {
                throw new ArgumentException($"point {row.Point} ({row.Regime}) is outside the design of {unit.Count} points of '{settings.Regime}', or repeated", nameof(points));
            }
            seen[row.Point] = true;
            for (var o = 0; o < outputs.Count; o++)
            {
                outputs[o][row.Point] = readers[o](row);
            }
        }
        if (Array.IndexOf(seen, false) is var missing and >= 0)
        {
            throw new ArgumentException($"point {missing} of the design's {unit.Count} has no result", nameof(points));
        }

        var rows = new List<SensitivityRow>();
        for (var o = 0; o < outputs.Count; o++)
        {
            if (morris is not null)
            {
                foreach (var x in MorrisAnalysis.Analyse(morris, outputs[o], settings.BootstrapResamples, settings.Seed))
                {
                    var factor = experiment.Factors[x.Factor].Name;
                    rows.Add(new(SensitivityMethod.Morris, settings.Outputs[o], settings.Regime, factor, SensitivityIndex.MuStar, x.MuStar, x.MuStarCiLow, x.MuStarCiHigh));
                    rows.Add(new(SensitivityMethod.Morris, settings.Outputs[o], settings.Regime, factor, SensitivityIndex.Mu, x.Mu, double.NaN, double.NaN));
                    rows.Add(new(SensitivityMethod.Morris, settings.Outputs[o], settings.Regime, factor, SensitivityIndex.Sigma, x.Sigma, double.NaN, double.NaN));
                }
            }
            else
            {
                foreach (var x in SobolAnalysis.Analyse(saltelli!, outputs[o], settings.BootstrapResamples, settings.Seed))
                {
                    var factor = experiment.Factors[x.Factor].Name;
                    rows.Add(new(SensitivityMethod.Sobol, settings.Outputs[o], settings.Regime, factor, SensitivityIndex.First, x.First, x.FirstCiLow, x.FirstCiHigh));
                    rows.Add(new(SensitivityMethod.Sobol, settings.Outputs[o], settings.Regime, factor, SensitivityIndex.Total, x.Total, x.TotalCiLow, x.TotalCiHigh));
                }
            }
        }
        return rows;
    }

    /// <summary>Returns what an output must be, in words that follow the name of the option or field that gave it ("takes an
    /// outcome metric ..., not 'gini'"), with the nearest name when one is near; or null when the experiment has it.</summary>
    public static string? CheckOutput(Experiment experiment, string output)
    {
        var columns = SweepColumns.For(experiment);
        return columns.Metrics.Contains(output) || columns.WinProbabilities.Contains(output)
            ? null
            : NearestName.Find(output, columns.Metrics.Concat(columns.WinProbabilities)) is { } near
                ? $"takes an outcome metric (such as {columns.Metrics[0]}) or a win column (win_<project>_<region>), not '{output}': did you mean '{near}'?"
                : $"takes an outcome metric (such as {columns.Metrics[0]}) or a win column (such as {columns.WinProbabilities[0]}), not '{output}'.";
    }

    private static IReadOnlyList<IReadOnlyList<double>> Unit(Experiment experiment, SensitivitySettings settings, out MorrisDesign? morris, out SaltelliDesign? saltelli)
    {
        morris = null;
        saltelli = null;
        if (settings.Method == SensitivityMethod.Morris)
        {
            morris = MorrisDesign.Create(experiment.Factors.Count, settings.Trajectories, settings.Levels, settings.Seed);
            return morris.Points;
        }
        saltelli = SaltelliDesign.Create(experiment.Factors.Count, settings.BaseSamples);
        return saltelli.Points;
    }

    private static Func<SweepRow, double> Reader(SweepColumns columns, string output)
    {
        var metric = columns.Metrics.ToList().IndexOf(output);
        if (metric >= 0)
        {
            return row => row.Means[metric];
        }
        var win = columns.WinProbabilities.ToList().IndexOf(output);
        return win >= 0 ? row => row.WinProbabilities[win] : throw new InputConflictException($"unknown output '{output}'");
    }
}
