using Parquet;
using Parquet.Schema;
using Simulation.Experiments;

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

    private static readonly DataField<string> Regime = new("regime");
    private static readonly DataField<string> Project = new("project");
    private static readonly DataField<string> Region = new("region");
    private static readonly DataField<long> Wins = new("wins");
    private static readonly DataField<long> Replications = new("replications");
    private static readonly DataField<double> Probability = new("probability");
    private static readonly DataField<double> CiLow = new("ci_low");
    private static readonly DataField<double> CiHigh = new("ci_high");
    private static readonly DataField<string> Metric = new("metric");
    private static readonly DataField<long> Count = new("count");
    private static readonly DataField<double> Mean = new("mean");
    private static readonly DataField<double> Sd = new("sd");
    private static readonly DataField<double> P05 = new("p05");
    private static readonly DataField<double> P50 = new("p50");
    private static readonly DataField<double> P95 = new("p95");

    /// <summary>Writes both tables into <paramref name="directory"/> and returns their names.</summary>
    public static IReadOnlyList<string> Write(string directory, RunResult result, IReadOnlyDictionary<string, string> metadata)
    {
        var wins = result.WinProbabilities;
        WriteTable(Path.Combine(directory, WinProbabilitiesFile), metadata, [Regime, Project, Region, Wins, Replications, Probability, CiLow, CiHigh], async group =>
        {
            await group.WriteAsync(Regime, [.. wins.Select(w => w.Regime)]);
            await group.WriteAsync(Project, [.. wins.Select(w => w.Project)]);
            await group.WriteAsync(Region, [.. wins.Select(w => w.Region)]);
            await group.WriteAsync<long>(Wins, wins.Select(w => w.Wins).ToArray());
            await group.WriteAsync<long>(Replications, wins.Select(w => w.Replications).ToArray());
            await group.WriteAsync<double>(Probability, wins.Select(w => w.Probability).ToArray());
            await group.WriteAsync<double>(CiLow, wins.Select(w => w.CiLow).ToArray());
            await group.WriteAsync<double>(CiHigh, wins.Select(w => w.CiHigh).ToArray());
        });
        var summaries = result.Summaries;
        WriteTable(Path.Combine(directory, SummaryFile), metadata, [Metric, Regime, Count, Mean, Sd, P05, P50, P95], async group =>
        {
            await group.WriteAsync(Metric, [.. summaries.Select(s => s.Metric)]);
            await group.WriteAsync(Regime, [.. summaries.Select(s => s.Regime)]);
            await group.WriteAsync<long>(Count, summaries.Select(s => s.Count).ToArray());
            await group.WriteAsync<double>(Mean, summaries.Select(s => s.Mean).ToArray());
            await group.WriteAsync<double>(Sd, summaries.Select(s => s.Sd).ToArray());
            await group.WriteAsync<double>(P05, summaries.Select(s => s.P05).ToArray());
            await group.WriteAsync<double>(P50, summaries.Select(s => s.P50).ToArray());
            await group.WriteAsync<double>(P95, summaries.Select(s => s.P95).ToArray());
        });
        return [SummaryFile, WinProbabilitiesFile];
    }

    // One row group per table: a run's tables are small (regimes × projects × regions, regimes × metrics).
    private static void WriteTable(string path, IReadOnlyDictionary<string, string> metadata, Field[] fields, Func<ParquetRowGroupWriter, Task> columns)
    {
        Task.Run(async () =>
        {
            await using var stream = File.Create(path);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
            writer.CustomMetadata = metadata.ToDictionary(p => p.Key, p => p.Value);
            using var group = writer.CreateRowGroup();
            await columns(group);
        }).GetAwaiter().GetResult();
    }
}
