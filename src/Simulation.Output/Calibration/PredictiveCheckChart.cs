using System.Globalization;
using ScottPlot;
using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;

namespace Simulation.Output.Calibration;

/// <summary>
/// The posterior predictive check: for each competition and for the whole record, the probability of the historical
/// winners under chance, the original scenario and the calibrated one, with 95 % intervals, on a logarithmic axis (from
/// near 1, the Maglev line, to about 10⁻⁴, the whole record). A model that always reproduced history would sit at 1.
/// </summary>
public static class PredictiveCheckChart
{
    /// <summary>Smallest probability shown; zeros are drawn on this floor.</summary>
    public const double Floor = 1e-5;

    /// <summary>Returns the plot of the check's rows.</summary>
    public static Plot Create(IReadOnlyList<PredictiveCheckRow> all)
    {
        var rows = all.Where(r => r.Target.StartsWith("ln_p_", StringComparison.Ordinal)).ToList(); // the patterns are not probabilities
        var plot = new Plot();
        var series = new[]
        {
            ("chance among the real bids", rows.Select(r => (Math.Exp(r.Observed), Math.Exp(r.Observed), Math.Exp(r.Observed))).ToArray()),
            ("original scenario", rows.Select(r => (Math.Exp(r.Original), Math.Exp(r.OriginalLow), Math.Exp(r.OriginalHigh))).ToArray()),
            ("calibrated scenario", rows.Select(r => (Math.Exp(r.Calibrated), Math.Exp(r.CalibratedLow), Math.Exp(r.CalibratedHigh))).ToArray()),
        };
        for (var s = 0; s < series.Length; s++)
        {
            var (label, values) = series[s];
            var xs = Enumerable.Range(0, rows.Count).Select(i => i + ((s - 1) * 0.25)).ToArray();
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
            // The bottom tick is the floor every smaller probability is drawn at, so it reads "at most".
            [.. ticks.Select((t, k) => (k == 0 ? "≤ " : "") + Math.Pow(10, t).ToString("0.#####", CultureInfo.InvariantCulture))]);
        ChartStyle.Apply(plot, "Posterior predictive check: probability of the historical winners", "Target", "Probability, log scale (95 % interval)");
        ChartStyle.CategoryTicks(plot, [.. rows.Select(r => r.Target)]);
        plot.Axes.SetLimits(-0.6, rows.Count - 0.4, top - 0.1, 0.1);
        ChartStyle.LegendAbove(plot);
        return plot;
    }

    private static double Log(double p) => Math.Log10(Math.Max(double.IsNaN(p) ? Floor : p, Floor));
}
