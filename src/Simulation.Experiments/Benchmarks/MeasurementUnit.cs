using System.Globalization;

namespace Simulation.Experiments.Benchmarks;

/// <summary>The unit of a benchmark figure; it decides how the figure is written, so no caller compares unit strings.</summary>
public enum MeasurementUnit
{
    /// <summary>Replications per second.</summary>
    ReplicationsPerSecond,

    /// <summary>Design points per second.</summary>
    PointsPerSecond,

    /// <summary>Calibration particles per second.</summary>
    ParticlesPerSecond,

    /// <summary>A dimensionless ratio (parallel efficiency).</summary>
    Ratio,

    /// <summary>Mebibytes of memory.</summary>
    Mebibytes,

    /// <summary>Seconds of wall time.</summary>
    Seconds,
}

/// <summary>How each <see cref="MeasurementUnit"/> is named and shown.</summary>
public static class MeasurementUnits
{
    /// <summary>The unit as written in tables and CSV files (<c>replications/s</c>, <c>MiB</c>, …).</summary>
    public static string Symbol(this MeasurementUnit unit) => unit switch
    {
        MeasurementUnit.ReplicationsPerSecond => "replications/s",
        MeasurementUnit.PointsPerSecond => "points/s",
        MeasurementUnit.ParticlesPerSecond => "particles/s",
        MeasurementUnit.Ratio => "ratio",
        MeasurementUnit.Mebibytes => "MiB",
        MeasurementUnit.Seconds => "s",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Returns the unit whose <see cref="Symbol"/> is <paramref name="symbol"/>, or null for none.</summary>
    public static MeasurementUnit? FromSymbol(string symbol)
    {
        foreach (var unit in Enum.GetValues<MeasurementUnit>())
        {
            if (unit.Symbol() == symbol)
            {
                return unit;
            }
        }
        return null;
    }

    /// <summary>A figure in this unit as a table shows it: rates as whole numbers, ratios to two decimals, the rest to one.</summary>
    public static string Format(this MeasurementUnit unit, double value) => value.ToString(unit switch
    {
        MeasurementUnit.ReplicationsPerSecond => "N0",
        MeasurementUnit.Ratio => "F2",
        _ => "F1",
    }, CultureInfo.InvariantCulture);
}
