using Simulation.Experiments;

namespace Simulation.Output.Tables;

/// <summary>
/// The columns of a run's two finished tables, described once for both formats: <c>win_probabilities</c> (one row per
/// mode, project and region) and <c>summary</c> (one row per metric and mode; a missing statistic is NaN, an empty CSV
/// field). Fixed, so files diff cleanly between runs.
/// </summary>
public static class RunTables
{
    /// <summary>Name of the win-probability table, without extension.</summary>
    public const string WinProbabilitiesName = "win_probabilities";

    /// <summary>Name of the metric summary table, without extension.</summary>
    public const string SummaryName = "summary";

    /// <summary>regime, project, region, wins, replications, probability (wins ÷ replications), and its 95 % interval.</summary>
    public static TableSchema<WinProbability> WinProbabilities { get; } = new TableSchema<WinProbability>()
        .String("regime", w => w.Regime)
        .String("project", w => w.Project)
        .String("region", w => w.Region)
        .Int64("wins", w => w.Wins)
        .Int64("replications", w => w.Replications)
        .Double("probability", w => w.Probability)
        .Double("ci_low", w => w.CiLow)
        .Double("ci_high", w => w.CiHigh);

    /// <summary>metric, regime, count (replications with a value), mean, sd, and the 5th, 50th and 95th percentiles.</summary>
    public static TableSchema<MetricSummary> Summaries { get; } = new TableSchema<MetricSummary>()
        .String("metric", s => s.Metric)
        .String("regime", s => s.Regime)
        .Int64("count", s => s.Count)
        .Double("mean", s => s.Mean)
        .Double("sd", s => s.Sd)
        .Double("p05", s => s.P05)
        .Double("p50", s => s.P50)
        .Double("p95", s => s.P95);
}
