using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core.Selection;

/// <summary>
/// Weighted criteria plus noise, highest scores win: score = merit + w_e·ln(E/P) + σ·ε. With Gumbel noise
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
        var scale = Math.Max(GumbelScale, MinimumPerceivedScale);
        var exponent = Math.Max(effortWeight, 0.0) / scale;
        return new PerceivedContest(exponent, merit / scale - exponent * Math.Log(prize));
    }

    /// <inheritdoc />
    public void SelectWinners(ReadOnlySpan<Bid> bids, double effortWeight, double prize, ref RandomStream random, Span<int> winners)
    {
        Span<double> scores = stackalloc double[bids.Length];
        for (var i = 0; i < bids.Length; i++)
        {
            // Drawn whatever the discretion (0 multiplies it by 0), so that a discretion of 0 does not shift later draws.
            var noise = Discretion * (Noise == NoiseKind.Gumbel ? random.NextGumbel() : random.NextGaussian());
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

    /// <inheritdoc />
    /// <remarks>The deterministic score over the Gumbel scale; normal noise is read as Gumbel noise of the same variance, and
    /// no noise as the smallest scale bidders reason with (<see cref="MinimumPerceivedScale"/>).</remarks>
    public double LogDrawWeight(in Bid bid, double effortWeight, double prize)
    {
        var scale = GumbelScale > 0 ? GumbelScale : MinimumPerceivedScale;
        return (bid.Merit + (effortWeight > 0 ? effortWeight * Math.Log(bid.Effort / prize) : 0.0)) / scale;
    }

    /// <inheritdoc />
    /// <remarks>The highest of scores with independent Gumbel noise are drawn one after another with logit chances
    /// (Luce 1959; McFadden 1974), which is a draw in proportion to exp(score/σ).</remarks>
    public bool DrawsInProportionToWeight => Noise == NoiseKind.Gumbel && Discretion > 0;

    // The scale of Gumbel noise with the variance of this rule's noise (normal noise of std. dev. σ: σ·√6/π).
    private double GumbelScale => Noise == NoiseKind.Gumbel ? Discretion : Discretion * Math.Sqrt(6) / Math.PI;
}
