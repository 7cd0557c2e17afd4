using ScottPlot;

namespace Simulation.Output.Charts;

// Fonts, sizes and colours shared by the charts, so figures in a report look alike.
internal static class ChartStyle
{
    public const float TitleSize = 22;
    public const float AxisLabelSize = 17;
    public const float TickLabelSize = 14;
    public const float LegendSize = 15;

    // Beyond this many categories, or with long names, the tick labels are slanted so they do not collide.
    private const int UprightCategories = 6;
    private const int UprightNameLength = 10;
    private const float SlantDegrees = 35;

    private static readonly IPalette Palette = new ScottPlot.Palettes.Category10();

    // ScottPlot falls back to a serif face where it does not find its preferred fonts (as on many Linux systems).
    private static readonly string? SansFont =
        new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI", "Noto Sans" }.FirstOrDefault(f => Fonts.GetTypeface(f, bold: false, italic: false)?.FamilyName == f);

    // A legend row as tall as this many times its font: ScottPlot sizes a row by its symbol, not its text, and clips the
    // text to the row, so with the default symbol the tops of the letters were cut off.
    private const float LegendRowHeight = 1.6f;

    // The legend sits in its own strip above the data, so it never hides a bar.
    public static void LegendAbove(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Top);
        panel.Padding = new PixelPadding(4);
        panel.Legend.Orientation = Orientation.Horizontal;
        panel.Legend.FontSize = LegendSize;
        panel.Legend.SymbolHeight = LegendSize * LegendRowHeight;
    }

    public static Color ModeColor(int index) => Palette.GetColor(index);

    public static void Apply(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title, TitleSize);
        plot.XLabel(xLabel, AxisLabelSize);
        plot.YLabel(yLabel, AxisLabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickLabelSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickLabelSize;
        plot.Legend.FontSize = LegendSize;
        if (SansFont is not null)
        {
            plot.Font.Set(SansFont);
        }
    }

    // Labels the categories 0, 1, ... on the x axis; slanted labels end at their tick and the axis grows to fit them.
    public static void CategoryTicks(Plot plot, IReadOnlyList<string> names)
    {
        var axis = plot.Axes.Bottom;
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, names.Count).Select(i => (double)i)], [.. names]);
        if (names.Count <= UprightCategories && names.All(n => n.Length <= UprightNameLength))
        {
            return;
        }
        axis.TickLabelStyle.Rotation = -SlantDegrees;
        axis.TickLabelStyle.Alignment = Alignment.UpperRight;
        using var paint = Paint.NewDisposablePaint();
        axis.TickLabelStyle.ApplyToPaint(paint);
        var widest = names.Max(n => paint.MeasureText(n).Width);
        var angle = SlantDegrees * Math.PI / 180;
        var slanted = (widest * Math.Sin(angle)) + (TickLabelSize * Math.Cos(angle));
        axis.MinimumSize = (float)slanted + (AxisLabelSize * 1.5f) + 16;
    }
}
