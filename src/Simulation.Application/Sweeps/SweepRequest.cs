namespace Simulation.Application.Sweeps;

/// <summary>A sweep of an experiment's design points, resumed where a previous run of it stopped.</summary>
/// <param name="ExperimentPath">Experiment file.</param>
/// <param name="OutputDirectory">Output folder, or null for the default.</param>
/// <param name="Threads">Worker threads per design point.</param>
/// <param name="Shard">The shard to run, or null for every point.</param>
/// <param name="Format">CSV only, or also the Parquet table when the sweep (or shard) is finished: <c>sweep.parquet</c> for a
/// whole sweep, a part in the shards' shared <c>sweep.parquet/</c> folder for a shard (<see cref="Output.Sweeps.SweepDataset"/>).
/// <c>sweep.csv</c> is written in every format: it is the journal a sweep resumes from and <c>regsim merge</c> joins.</param>
/// <param name="Replications">Replications per point in place of the experiment's, for a quick trial of a large sweep; null
/// for the experiment's own. The manifest records it, so a folder of one count is never resumed or merged with another.</param>
public sealed record SweepRequest(string ExperimentPath, string? OutputDirectory, int Threads, ShardSpec? Shard,
    Output.OutputFormat Format = Output.OutputFormat.Csv, int? Replications = null);
