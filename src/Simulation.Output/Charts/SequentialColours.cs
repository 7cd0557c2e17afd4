using System.Globalization;

namespace Simulation.Output.Charts;

// A sequential colour scale for maps: viridis (dark purple through blue and green to yellow), which stays readable for
// colour-blind readers and in greyscale because its lightness rises steadily. Text on a tile is black or white, whichever
// contrasts more with the tile (WCAG relative luminance); with pure black the worse of the two is still 4.6:1.
internal static class SequentialColours
{
    public const string DarkText = "#000000";
    public const string LightText = "#ffffff";
    public const string Missing = "#d4d4d4";

    // Viridis at 0, 1/8, ..., 1 (matplotlib's table), interpolated linearly between.
    private static readonly (byte R, byte G, byte B)[] Stops =
    [
        (0x44, 0x01, 0x54), (0x47, 0x2c, 0x7a), (0x3b, 0x51, 0x8b), (0x2c, 0x71, 0x8e), (0x21, 0x90, 0x8d),
        (0x27, 0xad, 0x81), (0x5c, 0xc8, 0x63), (0xaa, 0xdc, 0x32), (0xfd, 0xe7, 0x25),
    ];

    // Returns the colour at position t (0..1) as #rrggbb.
    public static string At(double t)
    {
        t = double.IsFinite(t) ? Math.Clamp(t, 0.0, 1.0) : 0.0;
        var x = t * (Stops.Length - 1);
        var i = Math.Min((int)x, Stops.Length - 2);
        var f = x - i;
        var (a, b) = (Stops[i], Stops[i + 1]);
        return Hex(Mix(a.R, b.R, f), Mix(a.G, b.G, f), Mix(a.B, b.B, f));
    }

    // Returns the text colour with the higher contrast on a #rrggbb background.
    public static string TextOn(string background)
    {
        var l = Luminance(background);
        var onWhite = 1.05 / (l + 0.05);
        var onDark = (l + 0.05) / (Luminance(DarkText) + 0.05);
        return onDark >= onWhite ? DarkText : LightText;
    }

    // WCAG 2 relative luminance of #rrggbb.
    public static double Luminance(string colour)
    {
        var rgb = Convert.FromHexString(colour.AsSpan(1, 6));
        return (0.2126 * Linear(rgb[0])) + (0.7152 * Linear(rgb[1])) + (0.0722 * Linear(rgb[2]));
    }

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte Mix(byte a, byte b, double f) => (byte)Math.Round(a + ((b - a) * f));

    private static string Hex(byte r, byte g, byte b) => string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
}
