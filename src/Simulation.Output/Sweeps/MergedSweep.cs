namespace Simulation.Output.Sweeps;

/// <summary>What <see cref="SweepMerge.Merge"/> made of a sharded sweep.</summary>
/// <param name="Manifest">The merged sweep's manifest.</param>
/// <param name="ParquetFolder">The folder holding the shards' Parquet parts as one dataset, or null when they wrote none.</param>
/// <param name="ParquetParts">Parts in it.</param>
/// <param name="Unverified">The shards' files (<c>sweep.csv</c> files and Parquet parts) merged without a digest to check them
/// by, because their shards recorded none (<see cref="ShardDigests"/>): a change to their numbers since could not be seen.
/// Empty when every file was checked.</param>
public sealed record MergedSweep(SweepManifest Manifest, string? ParquetFolder, int ParquetParts, IReadOnlyList<string> Unverified);
