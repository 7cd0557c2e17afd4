namespace Simulation.Cli;

/// <summary>The <c>sweep</c> command's options, as parsed.</summary>
/// <param name="ExperimentPath">Experiment file.</param>
/// <param name="OutputDirectory">Output folder, or null for the default.</param>
/// <param name="Threads">Worker threads per design point.</param>
/// <param name="Shard">The shard to run, or null for every point.</param>
/// <param name="Quiet">No progress bar.</param>
public sealed record SweepRequest(string ExperimentPath, string? OutputDirectory, int Threads, ShardSpec? Shard, bool Quiet);
