using MathNet.Numerics.Distributions;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// Runs an experiment's design points one after another, each a Monte Carlo run of the scenario with the point's factor
/// values, and hands each finished point's rows on in point order (the parameter-scan verb over <see cref="MonteCarlo"/>).
/// </summary>
public static class Sweep
{
    /// <summary>Returns the scenario of one design point: the base scenario with the point's factor values written in. A
    /// point whose every value lies in a range checked against the schema when the experiment was loaded
    /// (<see cref="Factor.Admits"/>) is only read, with the reader's own checks; any other is checked against the schema
    /// too, which costs more than a short point's replications.</summary>
    public static Scenario ScenarioAt(Experiment experiment, DesignPoint point)
    {
        var document = (System.Text.Json.Nodes.JsonObject)experiment.Scenario.Document.DeepClone();
        var admitted = true;
        for (var f = 0; f < experiment.Factors.Count; f++)
        {
            experiment.Factors[f].Parameter.Write(document, point.Values[f]);
            admitted &= experiment.Factors[f].Admits(point.Values[f]);
        }
        var name = $"{experiment.File.Path} point {point.Index}";
        return admitted ? ScenarioLoader.ReadChecked(document, name) : ScenarioLoader.Parse(document.ToJsonString(), name).Model;
    }

    /// <summary>Returns the rows of one design point, one per regime mode.</summary>
    public static IReadOnlyList<SweepRow> RunPoint(Experiment experiment, DesignPoint point, int threads, CancellationToken cancellationToken = default)
    {
        var scenario = ScenarioAt(experiment, point);
        var result = MonteCarlo.RunMoments(scenario, new RunOptions(experiment.ReplicationsPerPoint, point.Seed, threads), cancellationToken);
        return Rows(point, result);
    }

    /// <summary>Returns the row of one design point in one regime mode, running only what that mode needs (the timeline alone,
    /// or the timeline and that counterfactual). Every mode replays the same streams, so the row is the one
    /// <see cref="RunPoint(Experiment, DesignPoint, int, CancellationToken)"/> gives for it, at a fraction of the cost.</summary>
    public static SweepRow RunPoint(Experiment experiment, DesignPoint point, string mode, int threads, CancellationToken cancellationToken = default)
    {
        var scenario = ScenarioAt(experiment, point);
        if (!scenario.Modes().Any(m => m.Label == mode))
        {
            throw new ArgumentException($"the scenario does not run the regime mode '{mode}'", nameof(mode));
        }
        var alone = scenario with { Counterfactuals = [.. scenario.Counterfactuals.Where(r => RegimeMode.Counterfactual(scenario.Regimes[r].Id, r).Label == mode)], Compared = null };
        var result = MonteCarlo.RunMoments(alone, new RunOptions(experiment.ReplicationsPerPoint, point.Seed, threads), cancellationToken);
        return Rows(point, result).Single(r => r.Regime == mode);
    }

    /// <summary>
    /// Runs <paramref name="points"/> in order and calls <paramref name="finished"/> with each point's rows as soon as it is done,
    /// so the caller can append them to a file and a killed sweep loses at most the point in progress.
    /// </summary>
    public static void Run(Experiment experiment, IEnumerable<DesignPoint> points, int threads, Action<IReadOnlyList<SweepRow>> finished,
        CancellationToken cancellationToken = default)
    {
        foreach (var point in points)
        {
            cancellationToken.ThrowIfCancellationRequested();
            finished(RunPoint(experiment, point, threads, cancellationToken));
        }
    }

    /// <summary>Returns a run's rows as a sweep writes them: per regime mode, each metric's mean with its 95 % Student-t
    /// interval and each win probability, for the point <paramref name="point"/>.</summary>
    public static IReadOnlyList<SweepRow> Rows(DesignPoint point, RunMoments result)
    {
        var rows = new List<SweepRow>();
        // Student's quantile is a root-finding of about ten microseconds, and nearly every metric has the run's count of
        // values: each distinct count's quantile is found once.
        var quantiles = new Dictionary<long, double>();
        double Quantile(long count) =>
            quantiles.TryGetValue(count, out var t) ? t : quantiles[count] = StudentT.InvCDF(0, 1, count - 1, 0.975);
        foreach (var mode in result.Modes)
        {
            var means = mode.Metrics.Select(s => s.Count > 0 ? s.Mean : double.NaN).ToList();
            var half = mode.Metrics.Select(s => s.Count > 1 ? Quantile(s.Count) * s.StandardDeviation / Math.Sqrt(s.Count) : double.NaN).ToList();
            rows.Add(new SweepRow(
                point.Index, mode.Mode, point.Values, point.Seed, result.Options.Replications, means,
                means.Zip(half, (m, h) => m - h).ToList(), means.Zip(half, (m, h) => m + h).ToList(), [.. mode.WinProbabilities]));
        }
        return rows;
    }
}
