using ScottPlot;
using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;

namespace Simulation.Output.Calibration;

/// <summary>
/// Two parameters against each other: every particle in grey and the resampled (posterior) ones in colour, over the priors' ranges.
/// A ridge or a slant in the posterior cloud shows parameters that trade off (the record pins down a combination of them,
/// not each one).
/// </summary>
public static class PairsChart
{
    /// <summary>Returns the plot of parameters <paramref name="x"/> and <paramref name="y"/>.</summary>
    /// <param name="x">The parameter on the x axis.</param>
    /// <param name="y">The parameter on the y axis.</param>
    /// <param name="all">Every particle's (x, y).</param>
    /// <param name="accepted">The resampled particles' (x, y).</param>
    public static Plot Create(Prior x, Prior y, IReadOnlyList<(double X, double Y)> all, IReadOnlyList<(double X, double Y)> accepted)
    {
        var plot = new Plot();
        foreach (var (points, label, color, size) in new[] { (all, "all particles", Colors.Gray.WithAlpha(0.45), 5f), (accepted, "posterior (resampled)", ChartStyle.ModeColor(0), 8f) })
        {
            if (points.Count == 0)
            {
                continue;
            }
            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
            scatter.LineWidth = 0;
            scatter.MarkerSize = size;
            scatter.Color = color;
            scatter.LegendText = label;
        }
        ChartStyle.Apply(plot, "Particles over the priors' ranges", $"{x.Path}", $"{y.Path}");
        plot.Axes.SetLimits(Lower(x), Upper(x), Lower(y), Upper(y));
        ChartStyle.LegendAbove(plot);
        return plot;
    }

    private static double Lower(Prior p) => p.Max > p.Min ? p.Min : p.Min - 0.5;

    private static double Upper(Prior p) => p.Max > p.Min ? p.Max : p.Max + 0.5;
}
