using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Validation;

/// <summary>What the out-of-sample checks of <c>regsim validate</c> fit: the scenario whose priors mark the uncertain
/// parameters (normally scenarios/calibration.json) and how many particles and replications each refit spends.</summary>
/// <param name="Priors">The scenario with priors; its record is the one predicted.</param>
/// <param name="Particles">Particles of each refit (≥ 1).</param>
/// <param name="ReplicationsPerParticle">Replications that estimate a particle's likelihood (≥ 1).</param>
public sealed record LeaveOneOutPlan(LoadedScenario Priors, int Particles, int ReplicationsPerParticle);
