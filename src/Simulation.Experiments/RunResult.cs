namespace Simulation.Experiments;

/// <summary>What a Monte Carlo run of a scenario found: win probabilities, metric summaries, and the first values of the
/// plotted metrics.</summary>
/// <param name="Modes">Mode labels in run order (<c>timeline</c>, then counterfactual regime ids).</param>
/// <param name="Options">Replications, seed and threads used.</param>
/// <param name="WinProbabilities">One row per mode, project and region.</param>
/// <param name="Summaries">One row per metric and mode.</param>
/// <param name="Samples">First values of selected metrics per mode, keyed by (metric, mode).</param>
/// <param name="Catalogue">How the modes are named and which two are compared, from the scenario run.</param>
public sealed record RunResult(
    IReadOnlyList<string> Modes,
    RunOptions Options,
    IReadOnlyList<WinProbability> WinProbabilities,
    IReadOnlyList<MetricSummary> Summaries,
    IReadOnlyDictionary<(string Metric, string Mode), IReadOnlyList<double>> Samples,
    ModeCatalogue Catalogue);
