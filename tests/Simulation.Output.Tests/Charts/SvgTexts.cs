using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;

namespace Simulation.Output.Tests.Charts;

/// <summary>Where the text of a chart's SVG file lies, measured with the font it names: every label, tick and legend entry
/// with the span it runs along (across the figure for upright text, up it for a rotated axis label) and, for text drawn in
/// a clipped group (a legend's entries), how far its glyphs reach above and below their baseline against that clip.</summary>
internal sealed partial record SvgTexts(double Width, double Height, IReadOnlyList<SvgTexts.Text> Texts)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>One text element: its content; whether it runs up the figure (a vertical axis label); where its run starts
    /// and ends in the figure (after its transform: a slanted tick label's too); for upright text its glyphs' top and
    /// bottom (ascent and descent about the baseline); the clip rectangle it is drawn in, if any, as (top, bottom).</summary>
    public sealed record Text(string Content, bool Vertical, (double X, double Y) Start, (double X, double Y) End, double Top, double Bottom,
        (double Top, double Bottom)? Clip);

    public static SvgTexts Read(string path)
    {
        var root = XDocument.Load(path).Root!;
        var clips = root.Descendants(Svg + "clipPath").ToDictionary(c => (string)c.Attribute("id")!, c =>
        {
            var rect = c.Element(Svg + "rect")!;
            var top = Number((string)rect.Attribute("y")!);
            return (top, top + Number((string)rect.Attribute("height")!));
        });
        var texts = root.Descendants(Svg + "text").Select(t =>
        {
            var content = t.Value.Trim();
            var size = (float)Number((string)t.Attribute("font-size")!);
            using var typeface = SKTypeface.FromFamilyName((string?)t.Attribute("font-family"));
            using var font = new SKFont(typeface, size);
            var run = font.MeasureText(content);
            var x0 = Number(((string)t.Attribute("x")!).Split(',')[0]);
            var y0 = Number(((string)t.Attribute("y")!).Split(',')[0]);
            var transform = (string)t.Attribute("transform")!;
            var n = Numbers().Matches(transform).Select(m => Number(m.Value)).ToArray();
            // translate(e f) or matrix(a b c d e f): local (x, y) is drawn at (a·x + c·y + e, b·x + d·y + f).
            var (a, b, c, d, e, f) = transform.StartsWith("matrix", StringComparison.Ordinal) ? (n[0], n[1], n[2], n[3], n[4], n[5]) : (1, 0, 0, 1, n[0], n[1]);
            (double, double) At(double x, double y) => ((a * x) + (c * y) + e, (b * x) + (d * y) + f);
            var clip = t.Parent?.Attribute("clip-path") is { } reference && clips.TryGetValue(ClipId().Match(reference.Value).Groups[1].Value, out var r) ? r : ((double, double)?)null;
            var upright = a == 1 && b == 0;
            var baseline = y0 + f;
            return new Text(content, a == 0 && b == -1, At(x0, y0), At(x0 + run, y0),
                upright ? baseline + font.Metrics.Ascent : double.NaN, upright ? baseline + font.Metrics.Descent : double.NaN, clip);
        }).ToList();
        return new SvgTexts(Number((string)root.Attribute("width")!), Number((string)root.Attribute("height")!), texts);
    }

    private static double Number(string text) => double.Parse(text.Trim(), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex ClipId();
}
