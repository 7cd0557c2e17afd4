using Simulation.Core.Bidding;
using Simulation.Core.Randomness;

namespace Simulation.Core.Selection;

/// <summary>
/// A contest success function: how the national government picks winning bids from their merit and
/// effort. Chosen per regime in the scenario.
/// </summary>
public interface ISelectionRule
{
    /// <summary>Returns how a bidder with this merit perceives the contest (for its best response).</summary>
    /// <param name="merit">The bid's non-effort score.</param>
    /// <param name="effortWeight">Weight of the effort criterion.</param>
    /// <param name="prize">The project's prize value per winner, ₩ billion.</param>
    PerceivedContest Perceive(double merit, double effortWeight, double prize);

    /// <summary>Writes the positions of the winning bids into <paramref name="winners"/> (its length is the number of winners).</summary>
    void SelectWinners(ReadOnlySpan<Bid> bids, double effortWeight, double prize, ref RandomStream random, Span<int> winners);

    /// <summary>Returns ln w, the weight with which the rule draws this bid when it draws winners one after another in
    /// proportion to weight, so that the chance of a set of winners can be computed instead of sampled.</summary>
    /// <param name="bid">The bid, at its final effort.</param>
    /// <param name="effortWeight">Weight of the effort criterion.</param>
    /// <param name="prize">The project's prize value per winner, ₩ billion.</param>
    double LogDrawWeight(in Bid bid, double effortWeight, double prize);

    /// <summary>True when drawing in proportion to <see cref="LogDrawWeight"/> is exactly how this rule picks winners;
    /// false when it only approximates the rule (normal noise, or no noise at all).</summary>
    bool DrawsInProportionToWeight { get; }
}
