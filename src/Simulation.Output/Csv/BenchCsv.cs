using System.Globalization;
using System.Text;
using CsvHelper;
using Simulation.Experiments.Benchmarks;

namespace Simulation.Output.Csv;

/// <summary>Writes the figures of <c>regsim bench</c> as CSV, so speed can be tracked across versions by a script; the
/// labels stay in the printed table. Reads such a file back, for a later benchmark to be shown against it.</summary>
public static class BenchCsv
{
    private static readonly string[] Columns = ["measure", "replications", "threads", "runs", "value", "min", "max", "unit"];

    /// <summary>Writes one row per measurement (measure, replications, threads, runs, value as the runs' median, their min and
    /// max, unit) to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, IEnumerable<BenchMeasurement> rows)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        using var csv = CsvSettings.Open(path);
        foreach (var column in Columns)
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

    /// <summary>Returns the figures of a file <see cref="Write"/> wrote (the label of each is its measure's name).</summary>
    /// <exception cref="InvalidDataException">The file is not such a table; the message names the file, the line, the column
    /// and what is wrong.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<BenchMeasurement> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = CsvReader.Create(reader, CsvSettings.ReaderOptions, true);
        var rows = new List<BenchMeasurement>();
        try
        {
            if (!csv.Headers.SequenceEqual(Columns))
            {
                throw new InvalidDataException($"'{path}' is not a regsim bench table: its first line should be '{string.Join(",", Columns)}'.");
            }
            while (csv.Read())
            {
                rows.Add(Row(csv, path));
            }
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"'{path}' is not a regsim bench table: {e.Message}", e);
        }
        return rows;
    }

    // One row, each field checked so that an error names the line, the column and the value.
    private static BenchMeasurement Row(CsvReader csv, string path)
    {
        if (csv.FieldCount != Columns.Length)
        {
            throw new InvalidDataException($"'{path}' line {csv.LineNumber}: {csv.FieldCount} fields where a bench table has {Columns.Length}.");
        }
        InvalidDataException Invalid(int column, string what) =>
            new($"'{path}' line {csv.LineNumber}, column '{Columns[column]}': '{csv.GetString(column)}' is not {what}.");
        long Integer(int column) =>
            long.TryParse(csv.GetSpan(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : throw Invalid(column, "a whole number");
        double Number(int column) =>
            double.TryParse(csv.GetSpan(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(column, "a number");
        var measure = csv.GetString(0);
        if (measure.Length == 0)
        {
            throw Invalid(0, "a measure's name");
        }
        var unit = MeasurementUnits.FromSymbol(csv.GetString(7)) ?? throw Invalid(7, "a unit regsim bench writes");
        return new BenchMeasurement(measure, measure, Integer(1), (int)Integer(2), Number(4), unit, (int)Integer(3), Number(5), Number(6));
    }
}
