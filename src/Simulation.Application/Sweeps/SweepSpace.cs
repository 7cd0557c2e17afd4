using System.Globalization;
using Simulation.Experiments;
using Simulation.Experiments.Sweeps;
using Simulation.Output;
using Simulation.Output.Sweeps;

namespace Simulation.Application.Sweeps;

/// <summary>
/// Whether a sweep's table fits on the disk of its folder: refused before any point runs when even a low estimate of its rows
/// exceeds the free space, as a run's outcome files are (<see cref="Runs.OutcomeSpace"/>), since a grid of 10^6 points would
/// otherwise fill the disk after an hour and fail.
/// </summary>
public static class SweepSpace
{
    // Bytes per value in sweep.csv, about half what the baseline's rows hold: a metric's mean and interval ends are written
    // in full (about 12 characters with the comma), a win probability is often 0 or a short fraction (about 3).
    private const int CsvMetric = 6;
    private const int CsvWin = 2;

    // Bytes per double in sweep.parquet, which compresses the metrics' doubles little.
    private const int ParquetMetric = 4;

    /// <summary>Returns at least how many bytes <paramref name="points"/> points × <paramref name="modes"/> regime modes take in
    /// <paramref name="format"/> (about half of it, on the baseline): <c>sweep.csv</c> always, which a sweep keeps and its
    /// Parquet part is written from, and the part besides when the format asks for Parquet.</summary>
    public static long LowEstimate(SweepColumns columns, long points, int modes, OutputFormat format)
    {
        var metrics = columns.Metrics.Count * 3L; // mean and the interval's two ends
        var perRow = (metrics * CsvMetric) + (columns.WinProbabilities.Count * CsvWin);
        perRow += format == OutputFormat.Csv ? 0 : metrics * ParquetMetric;
        return points * modes * perRow;
    }

    /// <summary>Throws <see cref="InputConflictException"/> when <paramref name="points"/> points of <paramref name="experiment"/>
    /// clearly do not fit in the free space of <paramref name="directory"/>'s disk, less what its <c>sweep.csv</c> already
    /// holds (a resumed sweep's finished rows); does nothing when the system does not say how much is free.</summary>
    public static void RefuseOverfull(string directory, Experiment experiment, int points, OutputFormat format)
    {
        if (Free(directory) is not { } free)
        {
            return;
        }
        var modes = experiment.Scenario.Model.Modes().Count;
        var existing = Path.Combine(directory, SweepFile.Name);
        var needed = LowEstimate(SweepColumns.For(experiment), points, modes, format) - (File.Exists(existing) ? new FileInfo(existing).Length : 0);
        if (needed <= free)
        {
            return;
        }
        throw new InputConflictException($"the sweep's table of {Points(points)} × {CountedNoun.Of(modes, "regime mode")} would take at least "
            + $"{Runs.OutcomeSpace.Size(needed)}, more than the {Runs.OutcomeSpace.Size(free)} free on the disk of '{directory}'; "
            + "give fewer points (the design's levels or points) or another --out on a larger disk");
    }

    /// <summary>Returns a note of the table's size when even its low estimate passes a gigabyte (a grid's size multiplies, so a
    /// slip in its levels is easy to make), or null.</summary>
    public static string? LargeTable(Experiment experiment, int points, OutputFormat format)
    {
        var modes = experiment.Scenario.Model.Modes().Count;
        var size = LowEstimate(SweepColumns.For(experiment), points, modes, format);
        return size < 1_000_000_000 ? null
            : $"{experiment.File.Path}: {Points(points)} × {CountedNoun.Of(modes, "regime mode")} × {CountedNoun.Of(experiment.ReplicationsPerPoint, "replication")}; "
                + $"the sweep's table will take at least {Runs.OutcomeSpace.Size(size)} (stop with Ctrl+C: the points finished are kept)";
    }

    private static string Points(int points) =>
        string.Create(CultureInfo.InvariantCulture, $"{points:N0} {(points == 1 ? "point" : "points")}");

    // The free space of the disk the folder is (or will be) on: that of its nearest existing ancestor.
    private static long? Free(string directory)
    {
        try
        {
            var existing = new DirectoryInfo(Path.GetFullPath(directory));
            while (existing is { Exists: false })
            {
                existing = existing.Parent;
            }
            return existing is null ? null : new DriveInfo(existing.FullName).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
