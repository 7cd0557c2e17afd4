using System.Globalization;
using System.Numerics;
using System.Text;
using CsvHelper;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Csv;
using Simulation.Output.Tables;

namespace Simulation.Output.Sweeps;

/// <summary>
/// The text form of a sweep's rows (<c>sweep.csv</c>): one line per design point and regime mode, columns as in
/// <see cref="SweepColumns"/>, numbers in round-trip form and NaN as an empty field. Fields never need quoting (numbers
/// and identifiers), so a row is formatted directly and the same rows always give the same bytes; rows are read with
/// CsvHelper (RFC 4180), and a row that does not fit the columns is an error naming its line and column.
/// </summary>
public static class SweepTable
{
    /// <summary>Returns the header line, without its line end.</summary>
    public static string Header(SweepColumns columns) => string.Join(',', columns.Names());

    /// <summary>Returns the columns as a table schema, for the Parquet twin of <c>sweep.csv</c>: the names of
    /// <see cref="SweepColumns.Names"/>, <c>point</c>, <c>seed</c> and <c>replications</c> whole numbers (<see cref="ColumnType.Int64"/>;
    /// a seed is at most 2^63 − 1), <c>regime</c> text, every other column a double (null where the CSV field is empty).</summary>
    public static TableSchema<SweepRow> Schema(SweepColumns columns)
    {
        var schema = new TableSchema<SweepRow>()
            .Int64("point", r => r.Point)
            .String("regime", r => r.Regime)
            .Doubles(columns.Factors, (r, k) => r.FactorValues[k])
            .Int64("seed", r => checked((long)r.Seed))
            .Int64("replications", r => r.Replications);
        for (var m = 0; m < columns.Metrics.Count; m++)
        {
            var metric = m;
            schema.Double($"{columns.Metrics[m]}_mean", r => r.Means[metric])
                .Double($"{columns.Metrics[m]}_ci_low", r => r.CiLows[metric])
                .Double($"{columns.Metrics[m]}_ci_high", r => r.CiHighs[metric]);
        }
        return schema.Doubles(columns.WinProbabilities, (r, k) => r.WinProbabilities[k]);
    }

    /// <summary>Returns the lines of <paramref name="rows"/>, each ending with "\n".</summary>
    public static string Format(IEnumerable<SweepRow> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(row.Point.ToString(CultureInfo.InvariantCulture)).Append(',').Append(row.Regime);
            foreach (var v in row.FactorValues)
            {
                Number(text, v);
            }
            text.Append(',').Append(row.Seed.ToString(CultureInfo.InvariantCulture));
            text.Append(',').Append(row.Replications.ToString(CultureInfo.InvariantCulture));
            for (var m = 0; m < row.Means.Count; m++)
            {
                Number(text, row.Means[m]);
                Number(text, row.CiLows[m]);
                Number(text, row.CiHighs[m]);
            }
            foreach (var p in row.WinProbabilities)
            {
                Number(text, p);
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Returns the rows of the sweep file at <paramref name="path"/>, its header skipped.</summary>
    /// <exception cref="InvalidDataException">A row does not fit <paramref name="columns"/>; the message names the file, the line, the column and what is wrong.</exception>
    public static List<SweepRow> Read(string path, SweepColumns columns)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Parse(reader, columns, path);
    }

    /// <summary>Returns the complete rows of the sweep file a shard, perhaps still running or stopped, wrote at
    /// <paramref name="path"/>: none when its header was being written when it stopped, and not a row cut off mid-write.</summary>
    /// <exception cref="InvalidDataException">The file has another header (another sweep's or study's), or a complete row does not
    /// fit <paramref name="columns"/>.</exception>
    public static List<SweepRow> ReadComplete(string path, SweepColumns columns, string what)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var header = Header(columns) + "\n";
        if (ResumedText.IsCutHeader(text, header))
        {
            return [];
        }
        if (!text.StartsWith(header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{path}' has another header; it belongs to a different {what}. Use another --out folder.");
        }
        return Parse(new StringReader(text[..(text.LastIndexOf('\n') + 1)]), columns, path);
    }

    /// <summary>Returns the rows of a sweep table's text (header line first, then the data lines); <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">A row does not fit <paramref name="columns"/>; the message names the source, the line, the column and what is wrong.</exception>
    public static List<SweepRow> Parse(TextReader text, SweepColumns columns, string source)
    {
        var names = columns.Names().ToList();
        var rows = new List<SweepRow>();
        using var csv = CsvReader.Create(text, CsvSettings.ReaderOptions, true);
        try
        {
            while (csv.Read())
            {
                rows.Add(new RowReader(csv, columns, names, source).Row());
            }
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"'{source}' is not a sweep table: {e.Message}", e);
        }
        return rows;
    }

    /// <summary>Returns the design point index of a data line that has <paramref name="columns"/> fields, or null for a
    /// line that is not a row of the table (edited by hand, or cut short); what its other fields hold is checked when the
    /// table is read (<see cref="Read"/>).</summary>
    public static int? PointOf(string line, int columns)
    {
        var comma = line.IndexOf(',');
        return comma > 0 && line.AsSpan().Count(',') == columns - 1 && !line.Contains('"')
            && int.TryParse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out var point) ? point : null;
    }

    // Reads one record field by field, in column order, so an error can name the line, the column and the value.
    private sealed class RowReader(CsvReader csv, SweepColumns columns, IReadOnlyList<string> names, string source)
    {
        private int _next;

        public SweepRow Row()
        {
            if (csv.FieldCount != names.Count)
            {
                throw new InvalidDataException($"'{source}' line {csv.LineNumber}: {csv.FieldCount} fields where the table has {names.Count} columns.");
            }
            var point = Integer<int>("an integer");
            var regime = csv.GetString(_next++);
            var factors = Numbers(columns.Factors.Count);
            // A seed is at most 2^63 − 1 (a scenario's and an experiment's, and every point's own), which the Parquet twin's
            // signed 64-bit column holds; digits alone, so a sign is refused with the rest.
            var seed = Integer<long>("a whole number from 0 to 2^63 − 1", NumberStyles.None);
            var replications = Integer<int>("an integer");
            var means = new double[columns.Metrics.Count];
            var lows = new double[columns.Metrics.Count];
            var highs = new double[columns.Metrics.Count];
            for (var m = 0; m < means.Length; m++)
            {
                means[m] = Number();
                lows[m] = Number();
                highs[m] = Number();
            }
            var wins = Numbers(columns.WinProbabilities.Count);
            return new SweepRow(point, regime, factors, (ulong)seed, replications, means, lows, highs, wins);
        }

        private T Integer<T>(string what, NumberStyles style = NumberStyles.Integer) where T : IBinaryInteger<T>
        {
            if (!T.TryParse(csv.GetSpan(_next), style, CultureInfo.InvariantCulture, out var value))
            {
                throw Invalid(what);
            }
            _next++;
            return value;
        }

        // Round-trip text, or an empty field for NaN (no value).
        private double Number()
        {
            var value = double.NaN;
            if (!csv.IsEmpty(_next) && !double.TryParse(csv.GetSpan(_next), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
            {
                throw Invalid("a number");
            }
            _next++;
            return value;
        }

        private double[] Numbers(int count)
        {
            var values = new double[count];
            for (var k = 0; k < count; k++)
            {
                values[k] = Number();
            }
            return values;
        }

        private InvalidDataException Invalid(string what) =>
            new($"'{source}' line {csv.LineNumber}, column '{names[_next]}': '{csv.GetString(_next)}' is not {what}.");
    }

    /// <summary>Returns where a header <paramref name="found"/> first differs from the <paramref name="expected"/> one, in words.</summary>
    internal static string ColumnDifference(string expected, string found)
    {
        var (want, have) = (expected.Split(','), found.Split(','));
        var at = Enumerable.Range(0, Math.Min(want.Length, have.Length)).FirstOrDefault(i => want[i] != have[i], -1);
        return at >= 0 ? $"column {at + 1} is '{have[at]}' where '{want[at]}' is expected"
            : have.Length < want.Length ? $"{have.Length} columns where {want.Length} are expected, the first missing '{want[have.Length]}'"
            : $"{have.Length} columns where {want.Length} are expected, the first extra '{have[want.Length]}'";
    }

    private static void Number(StringBuilder text, double value)
    {
        text.Append(',');
        if (!double.IsNaN(value))
        {
            text.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
