using System.Globalization;
using ScottPlot;

namespace Simulation.Output.Charts;

/// <summary>
/// Takes a chart's title and legend out of its picture, for a page that shows them itself: on a phone the page lets a
/// chart keep a legible width and scroll sideways, and a title or legend drawn inside the picture would scroll out of view
/// with it. Files and <c>report.html</c> keep them in the picture.
/// </summary>
public static class ChartLegend
{
    /// <summary>Returns the entries of <paramref name="plot"/>'s legend, in order, and removes its title and legend from it.</summary>
    /// <param name="plot">A chart of <see cref="RunFigures"/>; changed in place.</param>
    public static IReadOnlyList<LegendEntry> TakeOut(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var entries = plot.GetPlottables()
            .SelectMany(p => p.LegendItems)
            .Where(item => !string.IsNullOrEmpty(item.LabelText))
            .Select(item => new LegendEntry(item.LabelText, Css(item.FillColor)))
            .ToList();
        foreach (var panel in plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>().ToList())
        {
            plot.Axes.Remove(panel);
        }
        plot.HideLegend();
        plot.Axes.Title.IsVisible = false;
        return entries;
    }

    private static string Css(Color colour) => colour.A == 255
        ? string.Create(CultureInfo.InvariantCulture, $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}")
        : string.Create(CultureInfo.InvariantCulture, $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}{colour.A:x2}");
}
