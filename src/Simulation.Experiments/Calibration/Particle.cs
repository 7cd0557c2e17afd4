namespace Simulation.Experiments.Calibration;

/// <summary>One draw of the rejection sampler: parameter values from the priors, the summaries simulated with them, and
/// their distance from the observed summaries.</summary>
/// <param name="Index">Particle number; its parameters come from the stream of (seed, index).</param>
/// <param name="Parameters">Parameter values, in prior order.</param>
/// <param name="Summaries">Simulated summaries, in target order.</param>
/// <param name="Distance">Euclidean distance between the simulated and the observed summaries.</param>
public sealed record Particle(int Index, IReadOnlyList<double> Parameters, IReadOnlyList<double> Summaries, double Distance);
