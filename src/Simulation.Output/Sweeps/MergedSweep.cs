namespace Simulation.Output.Sweeps;

/// <summary>What <see cref="SweepMerge.Merge"/> made of a sharded sweep.</summary>
/// <param name="Manifest">The merged sweep's manifest.</param>
/// <param name="ParquetFolder">The folder holding the shards' Parquet parts as one dataset, or null when they wrote none.</param>
/// <param name="ParquetParts">Parts in it.</param>
public sealed record MergedSweep(SweepManifest Manifest, string? ParquetFolder, int ParquetParts);
