namespace Simulation.Experiments.Calibration;

/// <summary>One draw from the priors with the likelihood of the record under it, estimated by simulation.</summary>
/// <param name="Index">Particle number; its parameters come from the stream of (seed, index).</param>
/// <param name="Parameters">Parameter values, in prior order.</param>
/// <param name="Summaries">ln P(each competition's historical winners | the record before it), in target order.</param>
/// <param name="LogLikelihood">ln P(record): the sum of <paramref name="Summaries"/> (−∞ when the parameters rule the record out).</param>
public sealed record Particle(int Index, IReadOnlyList<double> Parameters, IReadOnlyList<double> Summaries, double LogLikelihood);
