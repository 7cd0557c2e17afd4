using Simulation.Core.Randomness;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Turns particles drawn from the priors into a posterior sample: weight each by its likelihood of the record and draw as
/// many as there are particles by systematic resampling (one uniform, evenly spaced pointers), which adds the least noise.
/// Deterministic: the particles are taken in index order and the uniform comes from the seed.
/// </summary>
public static class ImportanceResampling
{
    // Keeps the resampling stream apart from the particles' and the replications'.
    private const ulong ResamplingStream = 0x5E1E_C7ED_0F1A_5E00UL;

    /// <summary>Returns the posterior sample of <paramref name="particles"/>; empty when every particle rules the record out.</summary>
    public static RecordPosterior Resample(IReadOnlyList<Particle> particles, ulong seed)
    {
        var sorted = particles.OrderBy(p => p.Index).ToList();
        var logLikelihoods = sorted.Select(p => p.LogLikelihood).ToList();
        var max = LogWeights.Max(logLikelihoods);
        if (sorted.Count == 0 || double.IsNegativeInfinity(max))
        {
            return new RecordPosterior([], sorted.Count, 0.0, double.NegativeInfinity);
        }
        var weights = LogWeights.Relative(logLikelihoods);
        var evidence = max + Math.Log(weights.Sum() / sorted.Count);
        var stream = RandomStream.ForReplication(seed ^ ResamplingStream, 0);
        var accepted = SystematicResampling.Draw(weights, stream.NextDouble()).Select(i => sorted[i]).ToList();
        return new RecordPosterior(accepted, sorted.Count, EffectiveSampleSize.Of(weights), evidence);
    }
}
