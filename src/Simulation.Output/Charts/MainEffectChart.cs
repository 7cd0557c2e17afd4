using ScottPlot;
using Simulation.Experiments;
using Simulation.Experiments.Sweeps;

namespace Simulation.Output.Charts;

/// <summary>
/// How an outcome moves with one factor of a sweep, one line per regime mode: the main-effect plot an analyst reads first
/// to see which factors matter.
/// </summary>
public static class MainEffectChart
{
    /// <summary>Returns the plot of <paramref name="effects"/> (one factor, one metric, any number of regime modes).</summary>
    /// <param name="effects">Main effects of one factor on one metric, one per regime mode.</param>
    /// <param name="metricDescription">Axis label of the metric, with its unit.</param>
    /// <param name="catalogue">Legend text of each mode.</param>
    public static Plot Create(IReadOnlyList<MainEffect> effects, string metricDescription, ModeCatalogue catalogue)
    {
        var plot = new Plot();
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            var line = plot.Add.Scatter(effect.Levels.ToArray(), effect.Means.ToArray());
            line.LegendText = catalogue.Label(effect.Regime);
            line.Color = ChartStyle.ModeColor(i);
            line.LineWidth = 2.5f;
            line.MarkerSize = 8;
        }
        var factor = effects.Count > 0 ? effects[0].Factor : "factor";
        ChartStyle.Apply(plot, $"Main effect of {factor}", $"{factor} (level or bin centre)", metricDescription);
        ChartStyle.LegendAbove(plot);
        return plot;
    }
}
