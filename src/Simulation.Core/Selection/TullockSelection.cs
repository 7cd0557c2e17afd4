using Simulation.Core.Bidding;
using Simulation.Core.Randomness;

namespace Simulation.Core.Selection;

/// <summary>
/// Tullock lottery p_i = q_i^r / Σ q_j^r with strength q_i = E_i·exp(merit_i); several winners are drawn
/// one after another without replacement. The effort criterion's weight plays no part: effort is the lottery.
/// </summary>
/// <param name="Exponent">r, the contest's decisiveness (&gt; 0).</param>
public sealed record TullockSelection(double Exponent) : ISelectionRule
{
    /// <inheritdoc />
    public PerceivedContest Perceive(double merit, double effortWeight, double prize) => new(Exponent, Exponent * merit);

    /// <inheritdoc />
    public void SelectWinners(ReadOnlySpan<Bid> bids, double effortWeight, double prize, ref RandomStream random, Span<int> winners)
    {
        Span<double> weights = stackalloc double[bids.Length];
        var max = double.NegativeInfinity;
        for (var i = 0; i < bids.Length; i++)
        {
            weights[i] = LogDrawWeight(bids[i], effortWeight, prize);
            max = Math.Max(max, weights[i]);
        }
        for (var i = 0; i < bids.Length; i++)
        {
            weights[i] = Math.Exp(weights[i] - max);
        }
        for (var w = 0; w < winners.Length; w++)
        {
            winners[w] = random.NextIndex(weights);
            weights[winners[w]] = 0.0;
        }
    }

    /// <inheritdoc />
    public double LogDrawWeight(in Bid bid, double effortWeight, double prize) => Exponent * (bid.Merit + Math.Log(bid.Effort));

    /// <inheritdoc />
    public bool DrawsInProportionToWeight => true;
}
