using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Sweeps;

/// <summary>A parameter sweep as loaded: the scenario it varies, the factors, the design and the replications per point.</summary>
/// <param name="Name">Experiment name.</param>
/// <param name="Scenario">The base scenario.</param>
/// <param name="Factors">The varied parameters.</param>
/// <param name="Design">Grid, Latin hypercube or Sobol.</param>
/// <param name="Points">Number of points for Latin hypercube and Sobol designs.</param>
/// <param name="ReplicationsPerPoint">Replications at each point.</param>
/// <param name="Seed">Seeds the design and the points' random streams.</param>
/// <param name="CommonRandomNumbers">Whether every point uses the same streams.</param>
/// <param name="Plots">Metrics whose main effects are plotted.</param>
/// <param name="File">The experiment file and its SHA-256.</param>
/// <param name="Description">What the experiment asks, as its file says (its <c>description</c>); null when not given.</param>
public sealed record Experiment(
    string Name,
    LoadedScenario Scenario,
    IReadOnlyList<Factor> Factors,
    DesignKind Design,
    int Points,
    int ReplicationsPerPoint,
    ulong Seed,
    bool CommonRandomNumbers,
    IReadOnlyList<string> Plots,
    ScenarioFile File,
    string? Description = null);
