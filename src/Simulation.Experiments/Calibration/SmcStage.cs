namespace Simulation.Experiments.Calibration;

/// <summary>
/// The particles after one stage of <see cref="TemperedSmc"/>: reweighted to a higher temperature, resampled and moved.
/// Everything the next stage needs, so a calibration interrupted between stages resumes from the last one it finished.
/// </summary>
/// <param name="Number">Stage number, from 1.</param>
/// <param name="Temperature">The power φ of the likelihood this stage's particles target (1: the posterior).</param>
/// <param name="EffectiveSampleSize">Kish's effective sample size of the stage's incremental weights, before resampling.</param>
/// <param name="AcceptanceRate">Share of the stage's proposals accepted.</param>
/// <param name="Scale">The random walk's step, as a multiple of the particles' spread, that the stage used.</param>
/// <param name="LogEvidence">ln of the marginal likelihood estimated up to this stage (the record's log probability with the
/// parameters uncertain, once <paramref name="Temperature"/> is 1).</param>
/// <param name="Population">The particles, equally weighted, in slot order.</param>
public sealed record SmcStage(int Number, double Temperature, double EffectiveSampleSize, double AcceptanceRate, double Scale, double LogEvidence,
    IReadOnlyList<Particle> Population)
{
    /// <summary>How many of the particles differ: resampling copies the heavy ones and the moves must spread the copies
    /// apart again, so a count far below the particles says the moves were too few and the posterior looks narrower
    /// than it is.</summary>
    public int DistinctParticles => Particle.Distinct(Population);
}
