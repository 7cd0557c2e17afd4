using Simulation.Core;

namespace Simulation.Application.Replays;

/// <summary>Which replication of a scenario to tell year by year: the same one a run with this scenario, seed and mode numbers
/// <see cref="Replication"/>.</summary>
/// <param name="Scenario">The scenario, with any overrides applied.</param>
/// <param name="Mode">The regime mode's label (<c>timeline</c> or a counterfactual regime's id); the timeline when null.</param>
/// <param name="Replication">The replication's number, from 0.</param>
/// <param name="Seed">The master seed; the scenario's when null.</param>
public sealed record ReplayRequest(Scenario Scenario, string? Mode, long Replication, ulong? Seed);
