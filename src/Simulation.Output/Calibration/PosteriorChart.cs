using ScottPlot;
using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;

namespace Simulation.Output.Calibration;

/// <summary>
/// A parameter's marginal posterior: the histogram of the particles resampled by likelihood over the prior's range (the x limits), with
/// every particle drawn behind it (the prior as sampled), and lines at the scenario's value and the posterior mean. Where
/// the two histograms differ, the historical record was informative about the parameter.
/// </summary>
public static class PosteriorChart
{
    /// <summary>Number of bins across the prior's range.</summary>
    public const int Bins = 20;

    /// <summary>Returns the plot of one parameter.</summary>
    /// <param name="posterior">The parameter's prior and posterior summary.</param>
    /// <param name="accepted">The resampled particles' values.</param>
    /// <param name="all">Every particle's value (a sample of the prior).</param>
    public static Plot Create(PosteriorParameter posterior, IReadOnlyList<double> accepted, IReadOnlyList<double> all)
    {
        var prior = posterior.Prior;
        var (min, max) = prior.Max > prior.Min ? (prior.Min, prior.Max) : (prior.Min - 0.5, prior.Max + 0.5);
        var width = (max - min) / Bins;
        var plot = new Plot();
        var top = 0.0;
        foreach (var (values, label, index, alpha) in new[] { (all, "all particles (prior)", 7, 0.35), (accepted, "resampled by likelihood (posterior)", 0, 0.7) })
        {
            var counts = new int[Bins];
            foreach (var v in values)
            {
                counts[Math.Clamp((int)((v - min) / width), 0, Bins - 1)]++;
            }
            var color = ChartStyle.ModeColor(index);
            var bars = new List<Bar>();
            for (var b = 0; b < Bins; b++)
            {
                var density = values.Count > 0 ? counts[b] / (values.Count * width) : 0;
                top = Math.Max(top, density);
                bars.Add(new Bar { Position = min + ((b + 0.5) * width), Value = density, Size = width, FillColor = color.WithAlpha(alpha), LineColor = color, LineWidth = 1 });
            }
            var series = plot.Add.Bars(bars);
            series.LegendText = label;
            series.Color = color.WithAlpha(alpha);
        }
        var scenario = plot.Add.VerticalLine(prior.ScenarioValue, 2, Colors.Black, LinePattern.Dashed);
        scenario.LegendText = "scenario value";
        if (double.IsFinite(posterior.Mean))
        {
            var mean = plot.Add.VerticalLine(posterior.Mean, 2.5f, ChartStyle.ModeColor(3));
            mean.LegendText = "posterior mean";
        }
        // A placebo's plot shows what the sampler makes of a parameter the record cannot inform; the title says so.
        var title = posterior switch
        {
            // On a line of its own: after a long path the note would run past the picture's edges.
            { IsRead: false } => $"Posterior of {prior.Path}\nnot read by the model (a placebo)",
            { MovesRecord: false } => $"Posterior of {prior.Path}\nthe record does not move it (a placebo)",
            _ => $"Posterior of {prior.Path}",
        };
        ChartStyle.Apply(plot, title, $"{prior.Path} (prior {prior.Describe()})", "Density");
        plot.Axes.SetLimits(min, max, 0, top > 0 ? top * 1.15 : 1);
        ChartStyle.LegendAbove(plot);
        return plot;
    }
}
