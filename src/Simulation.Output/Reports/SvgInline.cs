using System.Text.RegularExpressions;

namespace Simulation.Output.Reports;

// Makes a ScottPlot SVG fit for inlining in HTML: no XML declaration, scales with the page, named for screen readers,
// and ids prefixed so the clip paths of several charts in one page do not collide.
internal static partial class SvgInline
{
    public static string Prepare(string svg, string idPrefix, int width, int height, string label)
    {
        svg = XmlDeclaration().Replace(svg, string.Empty).Trim();
        svg = IdAttribute().Replace(svg, m => $"id=\"{idPrefix}{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{idPrefix}{m.Groups[1].Value})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{idPrefix}{m.Groups[2].Value}\"");
        var open = SvgOpen().Match(svg);
        if (open.Success)
        {
            var attributes = SizeAttribute().Replace(open.Groups[1].Value, string.Empty);
            var viewBox = attributes.Contains("viewBox", StringComparison.Ordinal) ? string.Empty : $" viewBox=\"0 0 {width} {height}\"";
            svg = "<svg" + attributes + viewBox + " class=\"chart\" role=\"img\" aria-label=\"" + System.Net.WebUtility.HtmlEncode(label) + "\" preserveAspectRatio=\"xMidYMid meet\">" + svg[(open.Index + open.Length)..];
        }
        return svg;
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"\b((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"^<svg\b([^>]*)>")]
    private static partial Regex SvgOpen();

    [GeneratedRegex(@"\s(?:width|height)=""[^""]*""")]
    private static partial Regex SizeAttribute();
}
