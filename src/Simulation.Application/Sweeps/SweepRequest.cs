namespace Simulation.Application.Sweeps;

/// <summary>A sweep of an experiment's design points, resumed where a previous run of it stopped.</summary>
/// <param name="ExperimentPath">Experiment file.</param>
/// <param name="OutputDirectory">Output folder, or null for the default.</param>
/// <param name="Threads">Worker threads per design point.</param>
/// <param name="Shard">The shard to run, or null for every point.</param>
public sealed record SweepRequest(string ExperimentPath, string? OutputDirectory, int Threads, ShardSpec? Shard);
