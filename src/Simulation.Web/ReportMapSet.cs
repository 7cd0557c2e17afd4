namespace Simulation.Web;

/// <summary>Maps of a <see cref="RunReport"/> shown side by side: one per regime mode on one colour scale, so they can be
/// compared tile by tile, with plain sentences under them.</summary>
/// <param name="Id">Stable id, for the page and tests.</param>
/// <param name="Title">Heading, naming the years the maps cover (the scenario's horizon).</param>
/// <param name="Maps">One map per mode; each <see cref="ReportChart.Title"/> names its mode.</param>
/// <param name="Sentences">One or two plain sentences computed from the result.</param>
public sealed record ReportMapSet(string Id, string Title, IReadOnlyList<ReportChart> Maps, IReadOnlyList<string> Sentences)
{
    /// <summary>What the maps' numbers are, under the heading: each region's total over the horizon, per person, the mean over
    /// the run's replications.</summary>
    public string Caption { get; init; } = string.Empty;
}
