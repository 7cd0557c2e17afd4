using System.Globalization;
using System.Text;

namespace Simulation.Output.Charts;

/// <summary>
/// A tile map of Korea's regions as SVG text: one square per region, placed roughly where it lies, coloured by a value on a
/// colour-blind-safe sequential scale, with its short name and value printed on it and a legend. A tile map rather than
/// real borders, because Seoul, Gwangju or Ulsan would be specks beside Gyeonggi or Gangwon; no I/O, no fonts needed.
/// </summary>
public static class TileMap
{
    private const int Margin = 12;
    private const int Tile = 104;
    private const int Gap = 6;
    private const int Pitch = Tile + Gap;
    private const int Top = 42;
    private const int SeaGap = 14;
    private const int LegendSteps = 24;
    private const int ShortNameLength = 10;
    private const string MarkColour = "#d95f02"; // orange: stands out from every colour of the sequential scale

    /// <summary>
    /// Returns the map as an <c>&lt;svg&gt;</c> element (no XML declaration) with a <c>viewBox</c>, so it scales to its box
    /// on a phone or a projector. Regions are placed where their scenario puts them (<see cref="TileMapRegion.Tile"/>), any
    /// without a place in extra rows at the bottom, so none is dropped. Throws <see cref="ArgumentException"/> for a tile at a
    /// negative column or row, or two regions on one square.
    /// </summary>
    /// <param name="regions">The regions, each with its value; a NaN value draws a grey tile.</param>
    /// <param name="title">Heading printed above the tiles, for example the regime.</param>
    /// <param name="unit">Unit of the values, printed with the legend and in every tooltip.</param>
    /// <param name="scale">Values of the darkest and lightest colours; by default the range of <paramref name="regions"/>.
    /// Give maps to be compared the same scale.</param>
    public static string Svg(IReadOnlyList<TileMapRegion> regions, string title, string unit, TileMapScale? scale = null)
    {
        var range = scale ?? TileMapScale.Spanning(regions.Select(r => r.Value));
        var format = FormatFor(range);
        var layout = TileMapLayout.Place([.. regions.Select(r => r.Tile)]);
        var width = (2 * Margin) + (layout.Columns * Pitch) - Gap;
        var height = RowTop(layout, layout.Rows - 1) + Tile + Margin;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" "))
            .Append("class=\"tilemap\" role=\"img\" font-family=\"system-ui, 'DejaVu Sans', sans-serif\">")
            .Append("<title>").Append(X(Summary(regions, title, unit, format))).Append("</title>")
            .Append("<desc>").Append(X(string.Join("; ", regions.Select(r => $"{r.Name}: {Text(r.Value, format)}")))).Append("</desc>")
            .Append(Invariant($"<text x=\"{Margin}\" y=\"28\" font-size=\"{Fit(title, 20, width - (2 * Margin)):0.#}\" font-weight=\"700\" fill=\"{SequentialColours.DarkText}\">"))
            .Append(X(title)).Append("</text>");
        for (var i = 0; i < regions.Count; i++)
        {
            AppendTile(svg, regions[i], layout.Cells[i], RowTop(layout, layout.Cells[i].Row), range, format, unit);
        }
        AppendLegend(svg, Margin + (layout.Legend.Column * Pitch) + 18, width - Margin, RowTop(layout, layout.Legend.Row), range, format, unit);
        return svg.Append("</svg>").ToString();
    }

    private static void AppendTile(StringBuilder svg, TileMapRegion region, (int Column, int Row) cell, int y, TileMapScale range, string format, string unit)
    {
        var x = Margin + (cell.Column * Pitch);
        var known = double.IsFinite(region.Value);
        var fill = known ? SequentialColours.At(range.Position(region.Value)) : SequentialColours.Missing;
        var ink = SequentialColours.TextOn(fill);
        var value = Text(region.Value, format);
        var name = ShortName(region.Name);
        svg.Append("<g class=\"tile\" data-region=\"").Append(X(region.Id)).Append("\" data-value=\"")
            .Append(known ? region.Value.ToString("R", CultureInfo.InvariantCulture) : "NaN").Append("\">")
            .Append("<title>").Append(X((known ? $"{region.Name}: {value} {unit}" : $"{region.Name}: no value") + (region.Mark is null ? "" : $" ({region.Mark})"))).Append("</title>")
            .Append(region.Mark is null
                ? Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{Tile}\" height=\"{Tile}\" rx=\"8\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"1\"/>")
                : Invariant($"<rect x=\"{x + 2.5}\" y=\"{y + 2.5}\" width=\"{Tile - 5}\" height=\"{Tile - 5}\" rx=\"7\" fill=\"{fill}\" stroke=\"{MarkColour}\" stroke-width=\"5\" class=\"marked\"/>"))
            .Append(Invariant($"<text x=\"{x + (Tile / 2)}\" y=\"{y + 40}\" text-anchor=\"middle\" font-size=\"{Fit(name, 15, Tile - 10):0.#}\" font-weight=\"600\" fill=\"{ink}\">"))
            .Append(X(name)).Append("</text>")
            .Append(Invariant($"<text x=\"{x + (Tile / 2)}\" y=\"{y + 74}\" text-anchor=\"middle\" font-size=\"{Fit(value, 22, Tile - 10):0.#}\" font-weight=\"700\" fill=\"{ink}\">"))
            .Append(X(value)).Append("</text>");
        if (region.Mark is not null)
        {
            svg.Append(Invariant($"<text x=\"{x + (Tile / 2)}\" y=\"{y + 95}\" text-anchor=\"middle\" font-size=\"{Fit(region.Mark, 14, Tile - 14):0.#}\" font-weight=\"700\" fill=\"{ink}\">"))
                .Append(X(region.Mark)).Append("</text>");
        }
        svg.Append("</g>");
    }

    // The legend, from `left` to `right` in the row whose top is `y`: the unit, a bar of the scale in steps, the two ends' values.
    private static void AppendLegend(StringBuilder svg, int left, int right, int y, TileMapScale range, string format, string unit)
    {
        var step = (right - left) / (double)LegendSteps;
        svg.Append("<g class=\"legend\"><title>").Append(X($"Colour scale: from {Text(range.Min, format)} (dark) to {Text(range.Max, format)} (light) {unit}")).Append("</title>")
            .Append(Invariant($"<text x=\"{left}\" y=\"{y + 22}\" font-size=\"15\" fill=\"{SequentialColours.DarkText}\">")).Append(X(unit)).Append("</text>");
        for (var i = 0; i < LegendSteps; i++)
        {
            var colour = SequentialColours.At((i + 0.5) / LegendSteps);
            svg.Append(Invariant($"<rect x=\"{left + (i * step):0.##}\" y=\"{y + 34}\" width=\"{step + 0.5:0.##}\" height=\"24\" fill=\"{colour}\"/>"));
        }
        svg.Append(Invariant($"<text x=\"{left}\" y=\"{y + 80}\" font-size=\"15\" font-weight=\"600\" fill=\"{SequentialColours.DarkText}\">")).Append(X(Text(range.Min, format))).Append("</text>")
            .Append(Invariant($"<text x=\"{right}\" y=\"{y + 80}\" text-anchor=\"end\" font-size=\"15\" font-weight=\"600\" fill=\"{SequentialColours.DarkText}\">")).Append(X(Text(range.Max, format))).Append("</text></g>");
    }

    // The largest font size up to `largest` at which bold text this long fits `width`: a wide sans face such as DejaVu
    // Sans averages about 0.72 em per character in bold.
    private static double Fit(string text, double largest, double width) => Math.Min(largest, width / (0.72 * Math.Max(text.Length, 1)));

    // The legend's row and those below it are set apart by a gap (in the baseline, Jeju's row: the island lies apart).
    private static int RowTop(TileMapLayout layout, int row) => Top + (row * Pitch) + (row >= layout.Legend.Row ? SeaGap : 0);

    private static string Summary(IReadOnlyList<TileMapRegion> regions, string title, string unit, string format)
    {
        var known = regions.Where(r => double.IsFinite(r.Value)).ToList();
        if (known.Count == 0)
        {
            return $"{title}: no values";
        }
        var high = known.MaxBy(r => r.Value)!;
        var low = known.MinBy(r => r.Value)!;
        return $"{title}, {unit}: highest {high.Name} ({Text(high.Value, format)}), lowest {low.Name} ({Text(low.Value, format)})";
    }

    // Three significant digits for the largest value, the same decimals on every tile, thousands separated by commas.
    private static string FormatFor(TileMapScale range)
    {
        var magnitude = Math.Max(Math.Abs(range.Min), Math.Abs(range.Max));
        return magnitude >= 100 ? "N0" : magnitude >= 10 ? "N1" : "N2";
    }

    private static string Text(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    // "Chungbuk (North Chungcheong)" is printed "Chungbuk"; a long name is cut so it fits its tile.
    private static string ShortName(string name)
    {
        var shortName = RegionLabel.Short(name);
        return shortName.Length <= ShortNameLength ? shortName : shortName[..(ShortNameLength - 1)] + "…";
    }

    private static string X(string text) => SvgText.Escape(text);

    private static string Invariant(FormattableString text) => SvgText.Invariant(text);
}
