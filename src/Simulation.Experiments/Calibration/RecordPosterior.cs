namespace Simulation.Experiments.Calibration;

/// <summary>
/// The posterior as a sample: the particles drawn from the priors, resampled in proportion to the likelihood of the record
/// (sampling–importance–resampling, Rubin 1988), so every summary of an equally weighted sample applies. With an unbiased
/// simulated likelihood this targets the exact posterior (pseudo-marginal importance sampling).
/// </summary>
/// <param name="Accepted">The resampled particles, in index order (a particle may appear several times).</param>
/// <param name="Particles">Particles weighed.</param>
/// <param name="EffectiveSampleSize">Kish's effective sample size of the weights: how many independent draws they are worth.</param>
/// <param name="LogEvidence">ln of the mean likelihood over the prior draws: the record's log probability under the model with its
/// parameters uncertain (the marginal likelihood).</param>
public sealed record RecordPosterior(IReadOnlyList<Particle> Accepted, int Particles, double EffectiveSampleSize, double LogEvidence)
{
    /// <summary>How many of the resampled particles differ (<see cref="Particle.Distinct"/>).</summary>
    public int DistinctParticles => Particle.Distinct(Accepted);

    /// <summary>Returns the posterior mean of each parameter.</summary>
    public IReadOnlyList<double> Means(int parameters) =>
        Enumerable.Range(0, parameters).Select(j => Accepted.Count > 0 ? Accepted.Average(p => p.Parameters[j]) : double.NaN).ToList();
}
