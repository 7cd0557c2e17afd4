using Simulation.Experiments.Benchmarks;

namespace Simulation.Output.Csv;

/// <summary>Writes the figures of <c>regsim bench</c> as CSV, so speed can be tracked across versions by a script; the
/// labels stay in the printed table.</summary>
public static class BenchCsv
{
    /// <summary>Writes one row per measurement (measure, replications, threads, runs, value as the runs' median, their min and
    /// max, unit) to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, IEnumerable<BenchMeasurement> rows)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        using var csv = CsvSettings.Open(path);
        foreach (var column in new[] { "measure", "replications", "threads", "runs", "value", "min", "max", "unit" })
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        foreach (var row in rows)
        {
            csv.WriteField(row.Measure);
            csv.WriteField(row.Replications, ReadOnlySpan<char>.Empty);
            csv.WriteField(row.Threads, ReadOnlySpan<char>.Empty);
            csv.WriteField(row.Runs, ReadOnlySpan<char>.Empty);
            CsvSettings.WriteDouble(csv, row.Value);
            CsvSettings.WriteDouble(csv, row.Low);
            CsvSettings.WriteDouble(csv, row.High);
            csv.WriteField(row.Unit.Symbol());
            csv.EndRecord();
        }
        csv.Flush();
    }
}
