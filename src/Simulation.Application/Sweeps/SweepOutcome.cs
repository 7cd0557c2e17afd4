using Simulation.Experiments.Sweeps;

namespace Simulation.Application.Sweeps;

/// <summary>What a finished sweep tells its host: how much ran and where it is.</summary>
/// <param name="Experiment">The experiment as loaded.</param>
/// <param name="Points">Design points of this sweep (of its shard, for a shard).</param>
/// <param name="Modes">Regime modes per point.</param>
/// <param name="Folder">The folder holding <c>sweep.csv</c>.</param>
/// <param name="Plots">Main-effect plots written (none for a shard).</param>
/// <param name="Parquet">The Parquet part written: <c>sweep.parquet/part-00000-of-00001.parquet</c> in <paramref name="Folder"/>
/// for a whole sweep, a shard's part in the shards' shared <c>sweep.parquet/</c>; null when the format asks for CSV only.</param>
public sealed record SweepOutcome(Experiment Experiment, int Points, int Modes, string Folder, IReadOnlyList<string> Plots, string? Parquet = null);
