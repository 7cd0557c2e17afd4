using ScottPlot;
using Simulation.Experiments;

namespace Simulation.Output.Charts;

/// <summary>
/// Who wins one national project under each regime: grouped bars of win probability per candidate region, one bar
/// per mode with its 95 % interval, so regimes can be compared side by side.
/// </summary>
public static class WinProbabilityChart
{
    private const double GroupWidth = 0.8;

    /// <summary>Returns a plot of the win probabilities of one project.</summary>
    /// <param name="projectName">Display name of the project, used in the title.</param>
    /// <param name="rows">The project's win-probability rows; rows of modes not in <paramref name="modes"/> are ignored.</param>
    /// <param name="modes">Mode labels to show, in bar order.</param>
    /// <param name="regions">Regions (id, display name) in axis order. Only those with a non-zero probability in some
    /// shown mode are drawn, or all when none has one.</param>
    public static Plot Create(string projectName, IReadOnlyList<WinProbability> rows, IReadOnlyList<string> modes,
        IReadOnlyList<(string Id, string Name)> regions)
    {
        var byKey = new Dictionary<(string Mode, string Region), WinProbability>();
        foreach (var row in rows)
        {
            byKey.TryAdd((row.Regime, row.Region), row);
        }
        var shown = regions.Where(r => modes.Any(m => byKey.TryGetValue((m, r.Id), out var w) && w.Probability > 0)).ToList();
        if (shown.Count == 0)
        {
            shown = [.. regions];
        }

        var plot = new Plot();
        var barWidth = GroupWidth / Math.Max(1, modes.Count);
        for (var m = 0; m < modes.Count; m++)
        {
            var color = ChartStyle.ModeColor(m);
            var bars = new List<Bar>(shown.Count);
            var xs = new double[shown.Count];
            var ys = new double[shown.Count];
            var below = new double[shown.Count];
            var above = new double[shown.Count];
            for (var g = 0; g < shown.Count; g++)
            {
                xs[g] = g - (GroupWidth / 2) + (barWidth * (m + 0.5));
                if (byKey.TryGetValue((modes[m], shown[g].Id), out var w))
                {
                    ys[g] = w.Probability;
                    below[g] = Math.Max(0, w.Probability - w.CiLow);
                    above[g] = Math.Max(0, w.CiHigh - w.Probability);
                }
                bars.Add(new Bar { Position = xs[g], Value = ys[g], Size = barWidth * 0.92, FillColor = color, LineWidth = 0 });
            }
            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = ModeLabels.Display(modes[m]);
            var errors = new ScottPlot.Plottables.ErrorBar(xs, ys, new double[shown.Count], new double[shown.Count], above, below)
            {
                Color = Colors.Black.WithAlpha(0.75),
                LineWidth = 1.5f,
                CapSize = 4,
            };
            plot.Add.Plottable(errors);
        }

        ChartStyle.Apply(plot, $"{projectName}: who wins, by regime", "Region", "Win probability (share of replications)");
        ChartStyle.CategoryTicks(plot, [.. shown.Select(r => r.Name)]);
        plot.Axes.SetLimits(-0.6, shown.Count - 0.4, 0, 1.05);
        plot.Grid.XAxisStyle.MajorLineStyle.IsVisible = false;
        ChartStyle.LegendAbove(plot);
        return plot;
    }
}
