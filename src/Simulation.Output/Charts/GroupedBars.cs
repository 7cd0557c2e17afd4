using ScottPlot;

namespace Simulation.Output.Charts;

// Grouped vertical bars with 95 % error bars: one group per category, one bar per series, shared by every chart that
// compares regimes or scenarios category by category.
internal static class GroupedBars
{
    private const double GroupWidth = 0.8;

    // Color: the palette index the series takes (a regime mode's place among the run's modes, so a regime keeps one colour on
    // every chart of a run), else its place in this chart.
    public sealed record Series(string Label, double[] Values, double[] Low, double[] High, int? Color = null);

    public static void Add(Plot plot, IReadOnlyList<Series> series, int categories)
    {
        var barWidth = GroupWidth / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var color = ChartStyle.ModeColor(series[s].Color ?? s);
            var xs = new double[categories];
            var below = new double[categories];
            var above = new double[categories];
            var bars = new List<Bar>(categories);
            for (var g = 0; g < categories; g++)
            {
                xs[g] = g - (GroupWidth / 2) + (barWidth * (s + 0.5));
                var value = series[s].Values[g];
                below[g] = double.IsNaN(series[s].Low[g]) ? 0 : Math.Max(0, value - series[s].Low[g]);
                above[g] = double.IsNaN(series[s].High[g]) ? 0 : Math.Max(0, series[s].High[g] - value);
                bars.Add(new Bar { Position = xs[g], Value = value, Size = barWidth * 0.92, FillColor = color, LineWidth = 0 });
            }
            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = series[s].Label;
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, series[s].Values, new double[categories], new double[categories], above, below)
            {
                Color = Colors.Black.WithAlpha(0.75),
                LineWidth = 1.5f,
                CapSize = 4,
            });
        }
        plot.Grid.XAxisStyle.MajorLineStyle.IsVisible = false;
    }
}
