using ScottPlot;
using Simulation.Experiments;

namespace Simulation.Output.Charts;

/// <summary>
/// Who wins one national project under each regime: grouped bars of win probability per candidate region, one bar
/// per mode with its 95 % interval, so regimes can be compared side by side.
/// </summary>
public static class WinProbabilityChart
{
    /// <summary>Returns a plot of the win probabilities of one project.</summary>
    /// <param name="projectName">Display name of the project, used in the title.</param>
    /// <param name="rows">The project's win-probability rows; rows of modes not in <paramref name="modes"/> are ignored.</param>
    /// <param name="modes">Modes to show with their legend text, in bar order (for example <see cref="ModeCatalogue.ComparedLabels"/>).</param>
    /// <param name="regions">Regions (id, display name) in axis order. Those of <paramref name="candidates"/> are drawn, and
    /// the others with a non-zero probability in some shown mode, or all when none is drawn so.</param>
    /// <param name="candidates">The project's named candidates: drawn even where they never win, since a candidate that never
    /// wins is a result, unlike a region that could not bid.</param>
    /// <param name="colorOf">The palette index of a mode (its place among the run's modes, as the distributions colour it), so
    /// a regime has one colour on every chart; null colours the bars in their order here.</param>
    public static Plot Create(string projectName, IReadOnlyList<WinProbability> rows, IReadOnlyList<ModeLabel> modes,
        IReadOnlyList<(string Id, string Name)> regions, IReadOnlySet<string> candidates, Func<string, int>? colorOf = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var byKey = new Dictionary<(string Mode, string Region), WinProbability>();
        foreach (var row in rows)
        {
            byKey.TryAdd((row.Regime, row.Region), row);
        }
        var shown = regions.Where(r => candidates.Contains(r.Id) || modes.Any(m => byKey.TryGetValue((m.Mode, r.Id), out var w) && w.Probability > 0)).ToList();
        if (shown.Count == 0)
        {
            shown = [.. regions];
        }

        var plot = new Plot();
        var series = modes.Select(mode =>
        {
            var found = shown.Select(r => byKey.TryGetValue((mode.Mode, r.Id), out var w) ? w : null).ToList();
            return new GroupedBars.Series(
                mode.Label,
                [.. found.Select(w => w?.Probability ?? 0)],
                [.. found.Select(w => w?.CiLow ?? 0)],
                [.. found.Select(w => w?.CiHigh ?? 0)],
                colorOf?.Invoke(mode.Mode));
        }).ToList();
        GroupedBars.Add(plot, series, shown.Count);

        ChartStyle.Apply(plot, $"{projectName}: who wins, by regime", "Region", "Win probability (share of replications)");
        ChartStyle.CategoryTicks(plot, [.. shown.Select(r => r.Name)]);
        plot.Axes.SetLimits(-0.6, shown.Count - 0.4, 0, 1.05);
        ChartStyle.LegendAbove(plot);
        return plot;
    }
}
