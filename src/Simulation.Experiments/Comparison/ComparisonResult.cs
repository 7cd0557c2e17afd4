namespace Simulation.Experiments.Comparison;

/// <summary>What comparing two scenarios found.</summary>
/// <param name="Modes">Regime modes compared (those both scenarios run).</param>
/// <param name="Options">Replications, seed and threads.</param>
/// <param name="Parameters">Parameters that differ.</param>
/// <param name="Differences">Every metric and win probability, per mode.</param>
/// <param name="Samples">First values of the plotted metrics, keyed by (metric, mode, scenario label A or B).</param>
/// <param name="NotCompared">Regime modes, projects, regions and metrics only one scenario has, for which no difference is given.</param>
public sealed record ComparisonResult(
    IReadOnlyList<string> Modes,
    RunOptions Options,
    IReadOnlyList<ParameterDifference> Parameters,
    IReadOnlyList<OutcomeDifference> Differences,
    IReadOnlyDictionary<(string Metric, string Mode, string Scenario), IReadOnlyList<double>> Samples,
    IReadOnlyList<NotCompared> NotCompared);
