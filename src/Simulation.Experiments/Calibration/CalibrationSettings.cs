namespace Simulation.Experiments.Calibration;

/// <summary>How a calibration runs.</summary>
/// <param name="Particles">Particles drawn from the priors (≥ 1).</param>
/// <param name="ReplicationsPerParticle">Replications that estimate one particle's likelihood of the record (≥ 1).</param>
/// <param name="Seed">Master seed: particle i draws its parameters from the stream of (seed, i); every particle simulates
/// with the same replication streams (common random numbers), so particles differ by their parameters, not their luck.</param>
/// <param name="PredictiveReplications">Replications of the posterior predictive check (≥ 1).</param>
/// <param name="Sampler">How the particles become the posterior.</param>
/// <param name="MovesPerStage">Moves of every particle per stage of the tempered sampler (≥ 1).</param>
public sealed record CalibrationSettings(int Particles, int ReplicationsPerParticle, ulong Seed, int PredictiveReplications,
    CalibrationSampler Sampler = CalibrationSampler.Tempered, int MovesPerStage = 3)
{
    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (Particles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Particles), Particles, "must be at least 1");
        }
        if (ReplicationsPerParticle < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ReplicationsPerParticle), ReplicationsPerParticle, "must be at least 1");
        }
        if (MovesPerStage < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MovesPerStage), MovesPerStage, "must be at least 1");
        }
        if (PredictiveReplications < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PredictiveReplications), PredictiveReplications, "must be at least 1");
        }
    }
}
