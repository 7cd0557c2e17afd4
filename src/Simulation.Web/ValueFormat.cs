using System.Globalization;

namespace Simulation.Web;

/// <summary>How a <see cref="ClassroomParameter"/>'s value reads on the page: the scenario's number times
/// <paramref name="Scale"/>, to <paramref name="Decimals"/> decimals with thousands separators, between a prefix and a
/// suffix ("₩6,297.5 bn" for a fund kept in US$ billion, "8.5 %" for a rate kept as 0.085). The page formats with the
/// same four fields, so the slider and the sentences about a run agree.</summary>
/// <param name="Scale">Factor from the scenario's unit to the one shown (the exchange rate, 100 for a percentage).</param>
/// <param name="Decimals">Decimals shown, 0 to 3.</param>
/// <param name="Prefix">Text before the number ("₩").</param>
/// <param name="Suffix">Text after the number (" bn", " %").</param>
public sealed record ValueFormat(double Scale, int Decimals, string Prefix, string Suffix)
{
    /// <summary>Returns a plain number with the decimals a slider of <paramref name="step"/> needs.</summary>
    public static ValueFormat Plain(double step) => new(1, step < 0.01 ? 3 : 2, "", "");

    /// <summary>Returns a rate (0.085) shown as a percentage (8.5 %), to the decimals a slider of <paramref name="step"/> needs.</summary>
    public static ValueFormat Percentage(double step) => new(100, step * 100 < 1 ? 1 : 0, "", " %");

    /// <summary>Returns an amount shown in ₩ billion to one decimal, as every amount of the pages is ("₩183.5 bn"), from a
    /// scenario unit worth <paramref name="wonPerUnit"/> ₩ (the exchange rate for a dollar figure, 1 for one in won).</summary>
    public static ValueFormat BillionWon(double wonPerUnit) => new(wonPerUnit, 1, "₩", " bn");

    /// <summary>Returns <paramref name="value"/> (in the scenario's unit) as the page shows it.</summary>
    public string Show(double value) =>
        Prefix + (value * Scale).ToString(Decimals == 0 ? "#,0" : "#,0." + new string('0', Decimals), CultureInfo.InvariantCulture) + Suffix;
}
