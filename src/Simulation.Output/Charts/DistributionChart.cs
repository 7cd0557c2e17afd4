using ScottPlot;

namespace Simulation.Output.Charts;

/// <summary>
/// How one outcome metric is spread across replications under each regime: overlaid semi-transparent histograms on
/// shared bins, so the regimes' distributions can be compared directly.
/// </summary>
public static class DistributionChart
{
    /// <summary>Number of bins spanning the smallest to the largest sample.</summary>
    public const int Bins = 40;

    /// <summary>
    /// Returns a plot of overlaid histograms, y = fraction of a mode's replications in each bin. NaN samples are
    /// left out; a constant sample gets one bin around its value.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xLabel">Label of the metric axis, with its unit.</param>
    /// <param name="samplesByLegend">Sampled values of the metric per legend text (a mode's label from
    /// <see cref="Simulation.Experiments.ModeCatalogue.Label(string)"/>, or a scenario's name), in legend order.</param>
    public static Plot Create(string title, string xLabel, IReadOnlyDictionary<string, IReadOnlyList<double>> samplesByLegend)
    {
        var (min, max) = Range(samplesByLegend.Values);
        var width = (max - min) / Bins;
        var plot = new Plot();
        var top = 0.0;
        var m = 0;
        foreach (var (legend, samples) in samplesByLegend)
        {
            var counts = new int[Bins];
            var n = 0;
            foreach (var value in samples)
            {
                if (double.IsNaN(value))
                {
                    continue;
                }
                counts[Math.Clamp((int)((value - min) / width), 0, Bins - 1)]++;
                n++;
            }
            var color = ChartStyle.ModeColor(m++);
            var bars = new List<Bar>(Bins);
            for (var b = 0; b < Bins; b++)
            {
                var fraction = n > 0 ? counts[b] / (double)n : 0;
                top = Math.Max(top, fraction);
                if (fraction > 0)
                {
                    bars.Add(new Bar { Position = min + ((b + 0.5) * width), Value = fraction, Size = width, FillColor = color.WithAlpha(0.45), LineColor = color, LineWidth = 1 });
                }
            }
            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = legend;
            barPlot.Color = color.WithAlpha(0.45);
        }

        ChartStyle.Apply(plot, title, xLabel, "Fraction of replications");
        plot.Axes.SetLimits(min - width, max + width, 0, top > 0 ? top * 1.12 : 1);
        ChartStyle.LegendAbove(plot);
        return plot;
    }

    // Shared bin range of all finite samples, widened around a constant so the bins have a width.
    private static (double Min, double Max) Range(IEnumerable<IReadOnlyList<double>> samples)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var value in samples.SelectMany(s => s).Where(double.IsFinite))
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }
        if (min > max)
        {
            return (0, 1);
        }
        if (min == max)
        {
            // Centre the value in the middle bin of a range 10 % of its size (or 1 around zero).
            var width = (min == 0 ? 1 : Math.Abs(min) * 0.1) / Bins;
            var low = min - ((Bins / 2 + 0.5) * width);
            return (low, low + (Bins * width));
        }
        return (min, max);
    }
}
