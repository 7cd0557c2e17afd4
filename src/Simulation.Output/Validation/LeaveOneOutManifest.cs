using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Validation;

/// <summary>What a validation's out-of-sample checks were calibrated from, in its <c>manifest.json</c>: the scenario whose priors
/// they refit, with its SHA-256 and those of the files it extends, and the size of each refit.</summary>
/// <param name="ScenarioFile">Path of the scenario file as given to <c>--leave-one-out</c>.</param>
/// <param name="ScenarioSha256">Lower-case hex SHA-256 of the scenario file.</param>
/// <param name="ExtendsFiles">Files it extends, each with its SHA-256, nearest parent first.</param>
/// <param name="Particles">Particles of each refit.</param>
/// <param name="ReplicationsPerParticle">Replications per particle of each refit.</param>
public sealed record LeaveOneOutManifest(string ScenarioFile, string ScenarioSha256, IReadOnlyList<ScenarioFile> ExtendsFiles, int Particles,
    int ReplicationsPerParticle);
