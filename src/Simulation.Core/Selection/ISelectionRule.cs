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
}
