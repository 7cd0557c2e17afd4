using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core.Selection;

/// <summary>
/// Weighted criteria plus noise, highest scores win: score = merit + w_e·ln(E/V) + σ·ε. With Gumbel noise
/// this is exactly a logit choice, so effort acts as in a Tullock contest with exponent w_e/σ.
/// </summary>
/// <param name="Discretion">σ, the noise scale (≥ 0).</param>
/// <param name="Noise">Noise distribution.</param>
public sealed record ScoredSelection(double Discretion, NoiseKind Noise) : ISelectionRule
{
    /// <summary>The smallest noise scale bidders reason with, so that a noiseless rule still has a best response.</summary>
    public const double MinimumPerceivedScale = 0.05;

    /// <inheritdoc />
    public PerceivedContest Perceive(double merit, double effortWeight, double prize)
    {
        // Normal noise of std. dev. σ is perceived as Gumbel noise of the same variance (scale σ·√6/π).
        var scale = Math.Max(Noise == NoiseKind.Gumbel ? Discretion : Discretion * Math.Sqrt(6) / Math.PI, MinimumPerceivedScale);
        var exponent = Math.Max(effortWeight, 0.0) / scale;
        return new PerceivedContest(exponent, merit / scale - exponent * Math.Log(prize));
    }

    /// <inheritdoc />
    public void SelectWinners(ReadOnlySpan<Bid> bids, double effortWeight, double prize, ref RandomStream random, Span<int> winners)
    {
        Span<double> scores = stackalloc double[bids.Length];
        for (var i = 0; i < bids.Length; i++)
        {
            var noise = Discretion <= 0 ? 0.0 : Discretion * (Noise == NoiseKind.Gumbel ? random.NextGumbel() : random.NextGaussian());
            scores[i] = bids[i].Merit + (effortWeight > 0 ? effortWeight * Math.Log(bids[i].Effort / prize) : 0.0) + noise;
        }
        for (var w = 0; w < winners.Length; w++)
        {
            var best = -1;
            for (var i = 0; i < scores.Length; i++)
            {
                if (!double.IsNegativeInfinity(scores[i]) && (best < 0 || scores[i] > scores[best]))
                {
                    best = i;
                }
            }
            winners[w] = best;
            scores[best] = double.NegativeInfinity;
        }
    }
}
