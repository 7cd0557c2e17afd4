using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;

namespace Simulation.Application.Runs;

/// <summary>A run asked for by the explore page.</summary>
/// <param name="Id">The run's id, from <see cref="ExploreScenario.Start"/>.</param>
/// <param name="Name">The scenario's name as the page chose it; runs of different scenarios are not compared.</param>
/// <param name="Scenario">The scenario with the page's settings applied.</param>
/// <param name="Settings">Every setting the page could move, with its value in this run, as the page shows it.</param>
/// <param name="Options">Replications, seed and threads.</param>
/// <param name="Previous">The page's previous finished run, which this run is compared with; null for none.</param>
public sealed record ExploreRequest(RunId Id, string Name, Scenario Scenario, IReadOnlyList<SettingValue> Settings, RunOptions Options, RunId? Previous);
