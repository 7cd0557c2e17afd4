using Simulation.Experiments;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application.Runs;

/// <summary>What a written run gives its host to show: the scenario, the results and where they went.</summary>
/// <param name="Scenario">The scenario as loaded.</param>
/// <param name="Options">Replications, seed and threads actually used.</param>
/// <param name="Result">The run's results.</param>
/// <param name="Folder">The folder the results were written to.</param>
/// <param name="Files">The files written, relative to <paramref name="Folder"/>.</param>
/// <param name="Elapsed">Wall time of the whole run, writing included.</param>
public sealed record WrittenRun(LoadedScenario Scenario, RunOptions Options, RunResult Result, string Folder, IReadOnlyList<string> Files, TimeSpan Elapsed);
