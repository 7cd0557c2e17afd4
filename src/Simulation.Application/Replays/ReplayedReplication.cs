using Simulation.Core;
using Simulation.Experiments.Replay;

namespace Simulation.Application.Replays;

/// <summary>A replication told year by year, with the scenario it ran and the seed it resolved to, which a host needs to name
/// regions and say how to get the same history again.</summary>
/// <param name="Scenario">The scenario replayed.</param>
/// <param name="Seed">The master seed used.</param>
/// <param name="Replay">The history.</param>
public sealed record ReplayedReplication(Scenario Scenario, ulong Seed, ReplicationReplay Replay);
