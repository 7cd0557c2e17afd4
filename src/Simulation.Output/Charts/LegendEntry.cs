namespace Simulation.Output.Charts;

/// <summary>One entry of a chart's legend, for a page that draws the legend itself (<see cref="ChartLegend"/>).</summary>
/// <param name="Label">The series' name, as the chart's legend shows it (a regime mode's label).</param>
/// <param name="Colour">The series' colour as CSS: <c>#rrggbb</c>, or <c>#rrggbbaa</c> when it is see-through.</param>
public sealed record LegendEntry(string Label, string Colour);
