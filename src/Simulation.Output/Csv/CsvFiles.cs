using Simulation.Experiments;

namespace Simulation.Output.Csv;

/// <summary>Writes the finished tables of a run as CSV, one class map per row record.</summary>
public static class CsvFiles
{
    /// <summary>Writes <c>win_probabilities.csv</c> rows (see <see cref="WinProbabilityMap"/>) to <paramref name="path"/>.</summary>
    /// <param name="path">File to create or overwrite.</param>
    /// <param name="rows">Rows in the order they should appear.</param>
    public static void WriteWinProbabilities(string path, IEnumerable<WinProbability> rows) => Write(path, rows);

    /// <summary>Writes <c>summary.csv</c> rows (see <see cref="MetricSummaryMap"/>) to <paramref name="path"/>.</summary>
    /// <param name="path">File to create or overwrite.</param>
    /// <param name="rows">Rows in the order they should appear.</param>
    public static void WriteSummaries(string path, IEnumerable<MetricSummary> rows) => Write(path, rows);

    private static void Write<TRow>(string path, IEnumerable<TRow> rows)
    {
        using var csv = CsvSettings.Open(path);
        // The header is written even when there are no rows, so an empty table still names its columns.
        csv.WriteHeader<TRow>();
        csv.WriteRecords(rows);
    }
}
