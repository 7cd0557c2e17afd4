using System.Globalization;

namespace Simulation.Output.Validation;

/// <summary>Formats numbers for Markdown tables: four significant digits, thousands separators from 1,000, scientific notation below
/// 0.001, an en dash for a missing value. Invariant culture, so reports are the same on every machine.</summary>
public static class MarkdownNumber
{
    /// <summary>Returns <paramref name="value"/> as table text.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "–";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }
        var magnitude = Math.Abs(value);
        if (value == 0)
        {
            return "0";
        }
        if (magnitude >= 1000)
        {
            return value.ToString("N0", CultureInfo.InvariantCulture);
        }
        return magnitude >= 1e-3
            ? value.ToString("G4", CultureInfo.InvariantCulture)
            : value.ToString("0.###E+0", CultureInfo.InvariantCulture);
    }

    /// <summary>Returns an interval as <c>[low, high]</c>, or an en dash when both ends are missing.</summary>
    public static string Interval(double low, double high) =>
        double.IsNaN(low) && double.IsNaN(high) ? "–" : $"[{Format(low)}, {Format(high)}]";
}
