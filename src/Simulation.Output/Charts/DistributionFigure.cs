namespace Simulation.Output.Charts;

/// <summary>One distribution a run's presentations show (<see cref="RunFigures.Distributions"/>).</summary>
/// <param name="Metric">The outcome metric plotted.</param>
/// <param name="File">Its plot's file name in <c>plots/</c>, without extension.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="XLabel">The x axis label.</param>
public sealed record DistributionFigure(string Metric, string File, string Title, string XLabel);
