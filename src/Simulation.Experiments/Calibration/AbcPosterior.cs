namespace Simulation.Experiments.Calibration;

/// <summary>What rejection ABC kept: the accepted particles, best first, and the tolerance that admitted them.</summary>
/// <param name="Accepted">Accepted particles, by distance then index.</param>
/// <param name="Particles">Particles considered.</param>
/// <param name="Epsilon">The largest accepted distance: the tolerance ε.</param>
public sealed record AbcPosterior(IReadOnlyList<Particle> Accepted, int Particles, double Epsilon)
{
    /// <summary>Accepted ÷ considered.</summary>
    public double AcceptanceRate => Particles > 0 ? (double)Accepted.Count / Particles : double.NaN;

    /// <summary>Returns the posterior mean of each parameter.</summary>
    public IReadOnlyList<double> Means(int parameters) =>
        Enumerable.Range(0, parameters).Select(j => Accepted.Count > 0 ? Accepted.Average(p => p.Parameters[j]) : double.NaN).ToList();
}
