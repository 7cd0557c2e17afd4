namespace Simulation.Output.Reports;

/// <summary>A scenario entry that names its source, as listed in a report so every number can be traced to the paper, a
/// statistic or an assumption.</summary>
/// <param name="Path">Parameter path, list elements named by id or signal (for example <c>regimes[lee].tilt[equity].weight</c>).</param>
/// <param name="Value">The value as written in the scenario, or empty for an entry that is a whole object (a timeline
/// period, an index, a partnership).</param>
/// <param name="Source">The source text as written in the scenario.</param>
public sealed record SourcedParameter(string Path, string Value, string Source);
