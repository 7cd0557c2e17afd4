using System.Globalization;
using ScottPlot;
using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;

namespace Simulation.Output.Calibration;

/// <summary>
/// The posterior predictive check: for each target, the probability of the historical event under the original scenario
/// and under the calibrated one, with 95 % intervals, on a logarithmic axis (the targets range from near 1, the Maglev
/// line, to well below 1 %, the full outcome). The record is the event itself, so a model that always reproduced history
/// would sit at 1; calibration should move the points up.
/// </summary>
public static class PredictiveCheckChart
{
    /// <summary>Smallest probability shown; zeros are drawn on this floor.</summary>
    public const double Floor = 1e-4;

    /// <summary>Returns the plot of the check's rows.</summary>
    public static Plot Create(IReadOnlyList<PredictiveCheckRow> rows)
    {
        var plot = new Plot();
        var series = new[]
        {
            ("original scenario", rows.Select(r => (r.Original, r.OriginalLow, r.OriginalHigh)).ToArray()),
            ("calibrated (posterior mean)", rows.Select(r => (r.Calibrated, r.CalibratedLow, r.CalibratedHigh)).ToArray()),
        };
        for (var s = 0; s < series.Length; s++)
        {
            var (label, values) = series[s];
            var xs = Enumerable.Range(0, rows.Count).Select(i => i + ((s - 0.5) * 0.3)).ToArray();
            var ys = values.Select(v => Log(v.Item1)).ToArray();
            var below = values.Select((v, i) => ys[i] - Log(v.Item2)).ToArray();
            var above = values.Select((v, i) => Log(v.Item3) - ys[i]).ToArray();
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, new double[xs.Length], new double[xs.Length], above, below)
            {
                Color = ChartStyle.ModeColor(s),
                LineWidth = 2,
                CapSize = 6,
            });
            var points = plot.Add.Scatter(xs, ys);
            points.LineWidth = 0;
            points.MarkerSize = 11;
            points.Color = ChartStyle.ModeColor(s);
            points.LegendText = label;
        }
        var top = Math.Log10(Floor);
        var ticks = Enumerable.Range(0, (int)-top + 1).Select(k => top + k).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks,
            [.. ticks.Select(t => Math.Pow(10, t).ToString("0.####", CultureInfo.InvariantCulture))]);
        ChartStyle.Apply(plot, "Posterior predictive check: probability of the historical winners", "Target", "Probability, log scale (95 % interval)");
        ChartStyle.CategoryTicks(plot, [.. rows.Select(r => r.Target)]);
        plot.Axes.SetLimits(-0.6, rows.Count - 0.4, top - 0.1, 0.1);
        ChartStyle.LegendAbove(plot);
        return plot;
    }

    private static double Log(double p) => Math.Log10(Math.Max(double.IsNaN(p) ? Floor : p, Floor));
}
