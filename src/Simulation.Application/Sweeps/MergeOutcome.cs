using Simulation.Output.Sweeps;

namespace Simulation.Application.Sweeps;

/// <summary>What a merge of shards tells its host.</summary>
/// <param name="Merged">The merged table's manifest and where the Parquet parts are.</param>
/// <param name="Plots">Main-effect plots drawn, relative to the output folder (none when the experiment could not be had).</param>
/// <param name="PlotsNotDrawn">Why no plots were drawn and how to draw them, or null when they were.</param>
public sealed record MergeOutcome(MergedSweep Merged, IReadOnlyList<string> Plots, string? PlotsNotDrawn);
