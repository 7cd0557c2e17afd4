using ScottPlot;
using Simulation.Experiments;
using Simulation.Experiments.Sensitivity;

namespace Simulation.Output.Charts;

/// <summary>
/// Which factors matter for one output: bars of the sensitivity indices per factor with their bootstrap intervals
/// (Morris μ*, or Sobol first-order and total side by side). Factors whose indices are undefined are left out, and the
/// axis says how many.
/// </summary>
public static class SensitivityChart
{
    /// <summary>Most factors drawn; with more, the chart shows the largest (the rest are in sensitivity.csv).</summary>
    public const int MaxBars = 20;

    /// <summary>Returns the plot of one output's indices.</summary>
    /// <param name="rows">The output's rows (one method, one regime).</param>
    /// <param name="catalogue">How the regime mode is named in the title.</param>
    public static Plot Create(IReadOnlyList<SensitivityRow> rows, ModeCatalogue catalogue)
    {
        var method = rows.Count > 0 ? rows[0].Method : SensitivityMethod.Morris;
        var indices = SensitivityIndexes.Charted(method);
        // A factor the design never varied has no index at all (SobolAnalysis.Varies): a bar of 0 would read as no effect.
        var undefined = rows.GroupBy(r => r.Factor).Count(f => !f.Any(r => r.IsDefined));
        var factors = rows.Where(r => r.IsDefined).Select(r => r.Factor).Distinct().ToList();
        var all = factors.Count;
        if (all > MaxBars)
        {
            // Past a few dozen bars the labels overlap: the largest by the main index (μ*, or the total index) are shown, largest first.
            var main = SensitivityIndexes.Main(method);
            factors = [.. factors.OrderByDescending(f => rows.Single(r => r.Factor == f && r.Index == main).Value).Take(MaxBars)];
        }
        var series = indices.Select(index =>
        {
            var found = factors.Select(f => rows.Single(r => r.Factor == f && r.Index == index)).ToList();
            return new GroupedBars.Series(SensitivityIndexes.Label(index), [.. found.Select(r => r.Value)], [.. found.Select(r => r.CiLow)], [.. found.Select(r => r.CiHigh)]);
        }).ToList();
        var plot = new Plot();
        GroupedBars.Add(plot, series, factors.Count);
        var output = rows.Count > 0 ? rows[0].Output : string.Empty;
        var regime = rows.Count > 0 ? catalogue.Label(rows[0].Regime) : string.Empty;
        var axis = (all > MaxBars ? $"Factor (the {MaxBars} largest of {all})" : "Factor")
            + (undefined > 0 ? $"; {undefined} never varied by the design, undefined and not drawn" : string.Empty);
        ChartStyle.Apply(plot, $"Sensitivity of {output} ({regime})", axis,
            method == SensitivityMethod.Morris ? "μ*: mean |elementary effect| (output units)" : "Sobol index (share of variance)");
        ChartStyle.CategoryTicks(plot, factors);
        plot.Axes.AutoScaleY();
        plot.Axes.SetLimitsX(-0.6, factors.Count - 0.4);
        ChartStyle.LegendAbove(plot);
        return plot;
    }
}
