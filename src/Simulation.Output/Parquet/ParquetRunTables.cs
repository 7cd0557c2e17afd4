using Simulation.Experiments;
using Simulation.Output.Tables;

namespace Simulation.Output.Parquet;

/// <summary>
/// A run's tables as Parquet: <c>win_probabilities.parquet</c> and <c>summary.parquet</c>, tidy long tables with typed
/// columns named as in the CSV files, and the run's provenance (version, scenario hash, seed) in each file's key-value
/// metadata, so a data frame loaded from the file still says where it came from. Doubles are stored exactly.
/// </summary>
public static class ParquetRunTables
{
    /// <summary>Name of the win-probability table.</summary>
    public const string WinProbabilitiesFile = "win_probabilities.parquet";

    /// <summary>Name of the metric summary table.</summary>
    public const string SummaryFile = "summary.parquet";

    // The columns of win_probabilities.csv and summary.csv (WinProbabilityMap, MetricSummaryMap), typed.
    private static readonly TableSchema<WinProbability> WinProbabilities = new TableSchema<WinProbability>()
        .String("regime", w => w.Regime)
        .String("project", w => w.Project)
        .String("region", w => w.Region)
        .Int64("wins", w => w.Wins)
        .Int64("replications", w => w.Replications)
        .Double("probability", w => w.Probability)
        .Double("ci_low", w => w.CiLow)
        .Double("ci_high", w => w.CiHigh);

    private static readonly TableSchema<MetricSummary> Summaries = new TableSchema<MetricSummary>()
        .String("metric", s => s.Metric)
        .String("regime", s => s.Regime)
        .Int64("count", s => s.Count)
        .Double("mean", s => s.Mean)
        .Double("sd", s => s.Sd)
        .Double("p05", s => s.P05)
        .Double("p50", s => s.P50)
        .Double("p95", s => s.P95);

    /// <summary>Writes both tables into <paramref name="directory"/> and returns their names.</summary>
    public static IReadOnlyList<string> Write(string directory, RunResult result, IReadOnlyDictionary<string, string> metadata)
    {
        ParquetTable.Write(Path.Combine(directory, WinProbabilitiesFile), WinProbabilities, result.WinProbabilities, metadata);
        ParquetTable.Write(Path.Combine(directory, SummaryFile), Summaries, result.Summaries, metadata);
        return [SummaryFile, WinProbabilitiesFile];
    }
}
