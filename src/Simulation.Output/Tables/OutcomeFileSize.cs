using Simulation.Core;

namespace Simulation.Output.Tables;

/// <summary>
/// A deliberately low estimate of the bytes a run's outcome files take (<c>outcomes.csv</c>, <c>outcomes.parquet</c>: one
/// row per replication and regime mode), from their columns' types: about half what the baseline's files hold, so that a
/// run whose estimate exceeds a disk's free space could not have fitted there, and is refused before it runs rather than
/// failing when the disk fills hours later.
/// </summary>
public static class OutcomeFileSize
{
    // Bytes per value in outcomes.csv, about half what the baseline's hold per column of each type: a double is written in
    // full (17 to 20 characters with its comma, a few fewer when it is whole), a count takes 2, a regime or the winners 6
    // to 20. The README's 2.5 GB per 10^6 replications of the baseline is about 830 bytes a row.
    private const int CsvDouble = 8;
    private const int CsvCount = 2;
    private const int CsvText = 3;

    // Bytes per double in outcomes.parquet, which compresses them little (about a third of the baseline's 1 KB a row is its
    // 36 doubles); counts and text compress to almost nothing and are not counted.
    private const int ParquetDouble = 4;

    /// <summary>Returns at least how many bytes the outcome files of <paramref name="replications"/> replications of
    /// <paramref name="scenario"/> take in <paramref name="format"/> (about half of it, on the baseline).</summary>
    public static long LowEstimate(Scenario scenario, long replications, OutputFormat format)
    {
        var columns = OutcomeTable.Columns(scenario).Values;
        long perRow = 0;
        if (format != OutputFormat.Parquet)
        {
            perRow += columns.Sum(type => type switch
            {
                ColumnType.Double => CsvDouble,
                ColumnType.String => CsvText,
                _ => CsvCount,
            });
        }
        if (format != OutputFormat.Csv)
        {
            perRow += columns.Count(type => type == ColumnType.Double) * ParquetDouble;
        }
        return replications * scenario.Modes().Count * perRow;
    }
}
