namespace Simulation.Experiments.Narration;

/// <summary>What a finished run is compared on when a later run says what changed since it: its settings and its main
/// results, small enough to keep after the run's charts are gone.</summary>
/// <param name="Scenario">The scenario's name; runs of different scenarios are not compared.</param>
/// <param name="Replications">Replications run.</param>
/// <param name="Seed">Master seed used.</param>
/// <param name="Settings">Every setting the reader could move, with its value in this run.</param>
/// <param name="WinProbabilities">Win probabilities per mode, project and region.</param>
/// <param name="Summaries">Metric summaries per mode (at least the ones the sentences compare).</param>
public sealed record RunSnapshot(string Scenario, long Replications, ulong Seed, IReadOnlyList<SettingValue> Settings,
    IReadOnlyList<WinProbability> WinProbabilities, IReadOnlyList<MetricSummary> Summaries);
