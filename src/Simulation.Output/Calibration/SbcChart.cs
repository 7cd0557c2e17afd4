using ScottPlot;
using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;

namespace Simulation.Output.Calibration;

/// <summary>
/// Simulation-based calibration at a glance: the histogram of every parameter's PITs pooled, against the flat line a
/// calibrated posterior gives with its 99 % band. A U shape says the posterior is too narrow, a hump too wide, a slope biased.
/// </summary>
public static class SbcChart
{
    private const int Bins = 10;

    /// <summary>Returns the plot of <paramref name="parameters"/>' PITs.</summary>
    public static Plot Create(IReadOnlyList<SbcParameter> parameters)
    {
        var pits = parameters.SelectMany(p => p.Pits).Where(p => !double.IsNaN(p)).ToList();
        var counts = new int[Bins];
        foreach (var p in pits)
        {
            counts[Math.Clamp((int)(p * Bins), 0, Bins - 1)]++;
        }
        var plot = new Plot();
        var color = ChartStyle.ModeColor(0);
        var bars = plot.Add.Bars(Enumerable.Range(0, Bins).Select(b => new Bar
        {
            Position = (b + 0.5) / Bins,
            Value = counts[b],
            Size = 1.0 / Bins,
            FillColor = color.WithAlpha(0.6),
            LineColor = color,
            LineWidth = 1,
        }).ToList());
        bars.LegendText = $"PITs of {parameters.Count} parameters over {parameters.FirstOrDefault()?.Pits.Count ?? 0} synthetic records";
        var expected = pits.Count / (double)Bins;
        // A bin's count is binomial(n, 1/bins) under uniformity; ±2.58 s.d. is its 99 % band (normal approximation).
        var band = 2.58 * Math.Sqrt(pits.Count * (1.0 / Bins) * (1 - (1.0 / Bins)));
        var line = plot.Add.HorizontalLine(expected, 2, Colors.Black);
        line.LegendText = "uniform (calibrated)";
        foreach (var y in new[] { expected - band, expected + band })
        {
            plot.Add.HorizontalLine(y, 1, Colors.Gray, LinePattern.Dashed);
        }
        ChartStyle.Apply(plot, "Simulation-based calibration", "Where the true value fell in its posterior (PIT)", "Count");
        plot.Axes.SetLimits(0, 1, 0, Math.Max(counts.DefaultIfEmpty(0).Max(), expected + band) * 1.15 + 1);
        ChartStyle.LegendAbove(plot);
        return plot;
    }
}
