namespace Simulation.Experiments.Calibration;

/// <summary>One draw from the priors with the likelihood of the record under it, estimated by simulation.</summary>
/// <param name="Index">Particle number; its parameters come from the stream of (seed, index).</param>
/// <param name="Parameters">Parameter values, in prior order.</param>
/// <param name="Summaries">ln P(each competition's historical winners | the record before it), in target order.</param>
/// <param name="LogLikelihood">ln P(record): the sum of <paramref name="Summaries"/> (−∞ when the parameters rule the record out).</param>
public sealed record Particle(int Index, IReadOnlyList<double> Parameters, IReadOnlyList<double> Summaries, double LogLikelihood)
{
    /// <summary>Returns how many of <paramref name="particles"/> differ: resampling copies the likely ones, so a sample of many
    /// particles may hold only a few draws (copies share their first parameter and their likelihood estimate).</summary>
    public static int Distinct(IEnumerable<Particle> particles) =>
        particles.Select(p => (p.Parameters.Count > 0 ? p.Parameters[0] : 0.0, p.LogLikelihood)).Distinct().Count();
}
