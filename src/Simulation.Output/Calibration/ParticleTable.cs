using System.Globalization;
using System.Text;
using CsvHelper;
using Simulation.Experiments.Calibration;
using Simulation.Output.Csv;
using Simulation.Output.Tables;

namespace Simulation.Output.Calibration;

/// <summary>
/// The layout of <c>particles.csv</c> and <c>posterior.csv</c>: <c>particle</c>, one column per parameter (its name), one per
/// target (its name: the competition's log score), then <c>log_likelihood</c>; no value (NaN) is an empty field, as in the
/// other tables. Numbers are written round-trip, so a resumed file is byte-identical to an
/// uninterrupted one and parsing (RFC 4180, with CsvHelper) gives back exactly the values written.
/// </summary>
public sealed class ParticleTable(IReadOnlyList<string> parameters, IReadOnlyList<string> targets)
{
    private static readonly CsvReaderOptions RowOptions = CsvSettings.ReaderOptions with { HasHeader = false, TrackLineNumbers = false };

    /// <summary>Parameter columns, in order.</summary>
    public IReadOnlyList<string> Parameters { get; } = parameters;

    /// <summary>Target columns, in order.</summary>
    public IReadOnlyList<string> Targets { get; } = targets;

    /// <summary>Returns the table for a calibration.</summary>
    public static ParticleTable For(RecordCalibration calibration) =>
        new(calibration.Priors.Select(p => p.Name).ToList(), calibration.Targets.Select(t => t.Name).ToList());

    /// <summary>The columns as a table schema, for the Parquet twins of <c>particles.csv</c>, <c>posterior.csv</c> and the
    /// tempering stages: <c>particle</c> a whole number (<see cref="ColumnType.Int64"/>), every other column a double. <see cref="Header"/> is made of its names.</summary>
    public TableSchema<Particle> Schema => new TableSchema<Particle>()
        .Int64("particle", p => p.Index)
        .Doubles(Parameters, (p, k) => p.Parameters[k])
        .Doubles(Targets, (p, k) => p.Summaries[k])
        .Double("log_likelihood", p => p.LogLikelihood);

    /// <summary>The header line, without the line end.</summary>
    public string Header => string.Join(',', Schema.Names);

    /// <summary>Fields per row.</summary>
    public int Width => 2 + Parameters.Count + Targets.Count;

    /// <summary>Returns one particle as a line, with its line end.</summary>
    public string Format(Particle particle)
    {
        var line = new StringBuilder();
        line.Append(particle.Index.ToString(CultureInfo.InvariantCulture));
        foreach (var x in particle.Parameters.Concat(particle.Summaries).Append(particle.LogLikelihood))
        {
            // No value (a competition not scored, the record having ruled out an earlier one) is an empty field, as in every
            // other table, and a null in the Parquet twin.
            line.Append(',').Append(double.IsNaN(x) ? string.Empty : x.ToString("R", CultureInfo.InvariantCulture));
        }
        return line.Append('\n').ToString();
    }

    /// <summary>
    /// Returns the particle of a line (without its line end), or null when the line is not a complete row: another number
    /// of fields, a field that is not a number (the particle must be a non-negative integer), malformed quoting, or more than one record.
    /// </summary>
    public Particle? Parse(string line)
    {
        // One reader per line: rows are appended and resumed line by line, and whether a row is complete is decided by its
        // line end, which the callers see and the reader does not report.
        using var csv = CsvReader.FromText(line, RowOptions);
        try
        {
            return csv.Read() && Row(csv) is { } particle && !csv.Read() ? particle : null;
        }
        catch (CsvFormatException)
        {
            return null;
        }
    }

    private Particle? Row(CsvReader csv)
    {
        if (csv.FieldCount != Width || !int.TryParse(csv.GetSpan(0), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }
        var values = new double[Width - 1];
        for (var i = 1; i < Width; i++)
        {
            var field = csv.GetSpan(i);
            // Only a competition's log score may have no value; an empty parameter or likelihood is a row cut short.
            if (field.IsEmpty && i > Parameters.Count && i <= Parameters.Count + Targets.Count)
            {
                values[i - 1] = double.NaN;
            }
            else if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i - 1]))
            {
                return null;
            }
        }
        return new Particle(index, values[..Parameters.Count], values[Parameters.Count..^1], values[^1]);
    }
}
