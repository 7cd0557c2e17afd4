using Simulation.Output.Charts;

namespace Simulation.Web;

/// <summary>One chart of a <see cref="RunReport"/>: the picture and what it says in words, so the page needs no plotting code.</summary>
/// <param name="Id">Stable id, for the page and tests.</param>
/// <param name="Title">Heading, which the page shows above the picture (a chart's picture has none of its own).</param>
/// <param name="Svg">The chart as SVG text.</param>
/// <param name="Sentences">One or two plain sentences computed from the result.</param>
public sealed record ReportChart(string Id, string Title, string Svg, IReadOnlyList<string> Sentences)
{
    /// <summary>The chart's legend, which the page shows above the picture (the picture has none of its own); empty for a
    /// map, whose picture names its mode.</summary>
    public IReadOnlyList<LegendEntry> Legend { get; init; } = [];
}
