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
        var max = sorted.Select(p => p.LogLikelihood).Where(double.IsFinite).DefaultIfEmpty(double.NegativeInfinity).Max();
        if (sorted.Count == 0 || double.IsNegativeInfinity(max))
        {
            return new RecordPosterior([], sorted.Count, 0.0, double.NegativeInfinity);
        }
        var weights = sorted.Select(p => double.IsFinite(p.LogLikelihood) ? Math.Exp(p.LogLikelihood - max) : 0.0).ToArray();
        var total = weights.Sum();
        var evidence = max + Math.Log(total / sorted.Count);
        var stream = RandomStream.ForReplication(seed ^ ResamplingStream, 0);
        var start = stream.NextDouble();
        var accepted = new List<Particle>(sorted.Count);
        var cumulative = 0.0;
        var i = 0;
        for (var k = 0; k < sorted.Count; k++)
        {
            var pointer = (start + k) / sorted.Count * total;
            while (i < sorted.Count - 1 && cumulative + weights[i] <= pointer)
            {
                cumulative += weights[i];
                i++;
            }
            accepted.Add(sorted[i]);
        }
        return new RecordPosterior(accepted, sorted.Count, EffectiveSampleSize.Of(weights), evidence);
    }
}
