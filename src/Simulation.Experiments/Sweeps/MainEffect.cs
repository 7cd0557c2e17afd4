namespace Simulation.Experiments.Sweeps;

/// <summary>How one outcome's mean moves with one factor under one regime mode, averaged over the other factors.</summary>
/// <param name="Factor">Factor name.</param>
/// <param name="Metric">Outcome metric name.</param>
/// <param name="Regime">Regime mode label.</param>
/// <param name="Levels">Factor levels (grid) or bin centres (other designs), increasing.</param>
/// <param name="Means">Mean of the metric's point means at each level.</param>
/// <param name="Points">Design points behind each level.</param>
public sealed record MainEffect(string Factor, string Metric, string Regime, IReadOnlyList<double> Levels, IReadOnlyList<double> Means, IReadOnlyList<int> Points);
