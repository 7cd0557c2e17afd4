using System.Globalization;
using System.Security;

namespace Simulation.Output.Charts;

// Text for the hand-written SVG charts: escaped for XML, numbers formatted the same on every machine.
internal static class SvgText
{
    public static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
