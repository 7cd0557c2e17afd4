using Simulation.Experiments;
using Simulation.Experiments.Comparison;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application.Comparison;

/// <summary>What a written comparison gives its host to show.</summary>
/// <param name="A">The first scenario.</param>
/// <param name="B">The second scenario.</param>
/// <param name="Options">Replication pairs, seed and threads used.</param>
/// <param name="Result">Parameters that differ and the paired differences.</param>
/// <param name="Folder">Where the comparison was written.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Labels">What the comparison calls the two scenarios (<see cref="ComparisonLabels"/>).</param>
public sealed record ScenarioComparisonOutcome(LoadedScenario A, LoadedScenario B, RunOptions Options, ComparisonResult Result, string Folder, TimeSpan Elapsed,
    ComparisonLabels Labels);
