using System.Globalization;
using CsvHelper;

namespace Simulation.Output.Csv;

// The one CSV dialect of every file the toolkit writes and reads back: invariant culture, "\n" line ends, UTF-8 without BOM.
internal static class CsvSettings
{
    public static CsvWriterOptions Options { get; } = new()
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    public static CsvWriter Open(string path) => CsvWriter.ToFile(path, Options, FileOptions.None);

    // Reading the tables the toolkit appends row by row: "," always (never detected), line numbers for error messages,
    // and malformed quoting is an error instead of being repaired into a value the toolkit never wrote.
    public static CsvReaderOptions ReaderOptions { get; } = CsvReaderOptions.Default with
    {
        Separator = ',',
        FormatProvider = CultureInfo.InvariantCulture,
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
    };

    // Round-trip formatting so identical runs give identical bytes; NaN (no value) is an empty field.
    public static void WriteDouble(CsvWriter csv, double value)
    {
        if (double.IsNaN(value))
        {
            csv.WriteField(ReadOnlySpan<char>.Empty);
        }
        else
        {
            csv.WriteField(value, "R");
        }
    }
}
