using ScottPlot;
using Simulation.Experiments;
using Simulation.Experiments.Comparison;

namespace Simulation.Output.Charts;

/// <summary>
/// How much each region's chance of winning one project changes from scenario A to scenario B, with the paired 95 %
/// interval of the change, one bar per regime mode: the headline plot of a what-if.
/// </summary>
public static class DifferenceChart
{
    /// <summary>Returns the plot for one project.</summary>
    /// <param name="projectName">Display name of the project.</param>
    /// <param name="differences">The project's <c>win</c> differences (names <c>project:region</c>), any modes.</param>
    /// <param name="regions">Regions (id, display name) in axis order; regions whose chance changes in no mode are left out.</param>
    /// <param name="scenarioA">Label of scenario A.</param>
    /// <param name="scenarioB">Label of scenario B.</param>
    /// <param name="catalogue">Legend text of each mode.</param>
    public static Plot Create(string projectName, IReadOnlyList<OutcomeDifference> differences, IReadOnlyList<(string Id, string Name)> regions,
        string scenarioA, string scenarioB, ModeCatalogue catalogue)
    {
        var modes = differences.Select(d => d.Regime).Distinct().ToList();
        var byKey = differences.ToDictionary(d => (d.Regime, d.Name.Split(':')[1]));
        var shown = regions.Where(r => modes.Any(m => byKey.TryGetValue((m, r.Id), out var d) && (d.MeanA > 0 || d.MeanB > 0))).ToList();
        if (shown.Count == 0)
        {
            shown = [.. regions];
        }
        var plot = new Plot();
        var series = modes.Select(mode =>
        {
            var found = shown.Select(r => byKey.GetValueOrDefault((mode, r.Id))).ToList();
            // A mode whose every change is exactly 0 draws no bar; its legend entry says so rather than leave it unexplained
            // (it keeps its place, so that every mode has the same colour in every chart).
            var unchanged = found.All(d => d is null || (d.Difference == 0 && d.CiLow == 0 && d.CiHigh == 0));
            return new GroupedBars.Series(
                catalogue.Label(mode) + (unchanged ? " (no change)" : ""),
                [.. found.Select(d => d?.Difference ?? 0)],
                [.. found.Select(d => d?.CiLow ?? 0)],
                [.. found.Select(d => d?.CiHigh ?? 0)]);
        }).ToList();
        GroupedBars.Add(plot, series, shown.Count);
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        ChartStyle.Apply(plot, $"{projectName}: change in win probability, {scenarioB} − {scenarioA}", "Region", "Change in win probability");
        ChartStyle.CategoryTicks(plot, [.. shown.Select(r => r.Name)]);
        plot.Axes.AutoScaleY();
        plot.Axes.SetLimitsX(-0.6, shown.Count - 0.4);
        ChartStyle.LegendAbove(plot);
        return plot;
    }
}
