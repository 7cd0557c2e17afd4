using System.Globalization;
using System.Text;
using Simulation.Experiments.Sweeps;

namespace Simulation.Output.Sweeps;

/// <summary>
/// The text form of a sweep's rows (<c>sweep.csv</c>): one line per design point and regime mode, columns as in
/// <see cref="SweepColumns"/>, numbers in round-trip form and NaN as an empty field. Fields never need quoting (numbers
/// and identifiers), so a row is formatted and parsed directly; the same rows always give the same bytes.
/// </summary>
public static class SweepTable
{
    /// <summary>Returns the header line, without its line end.</summary>
    public static string Header(SweepColumns columns) => string.Join(',', columns.Names());

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

    /// <summary>Returns the rows of a sweep file's data lines (header excluded).</summary>
    public static List<SweepRow> Parse(IEnumerable<string> lines, SweepColumns columns)
    {
        var rows = new List<SweepRow>();
        foreach (var line in lines)
        {
            var f = line.Split(',');
            var i = 2;
            var factors = Take(f, ref i, columns.Factors.Count);
            var seed = ulong.Parse(f[i++], CultureInfo.InvariantCulture);
            var replications = int.Parse(f[i++], CultureInfo.InvariantCulture);
            var means = new double[columns.Metrics.Count];
            var lows = new double[columns.Metrics.Count];
            var highs = new double[columns.Metrics.Count];
            for (var m = 0; m < means.Length; m++)
            {
                means[m] = Value(f[i++]);
                lows[m] = Value(f[i++]);
                highs[m] = Value(f[i++]);
            }
            var wins = Take(f, ref i, columns.WinProbabilities.Count);
            rows.Add(new SweepRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], factors, seed, replications, means, lows, highs, wins));
        }
        return rows;
    }

    /// <summary>Returns the design point index of a data line.</summary>
    public static int PointOf(string line) => int.Parse(line.AsSpan(0, line.IndexOf(',')), CultureInfo.InvariantCulture);

    private static double[] Take(string[] fields, ref int i, int count)
    {
        var values = new double[count];
        for (var k = 0; k < count; k++)
        {
            values[k] = Value(fields[i++]);
        }
        return values;
    }

    private static double Value(string field) => field.Length == 0 ? double.NaN : double.Parse(field, CultureInfo.InvariantCulture);

    private static void Number(StringBuilder text, double value)
    {
        text.Append(',');
        if (!double.IsNaN(value))
        {
            text.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
