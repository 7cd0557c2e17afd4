namespace Simulation.Core.Bidding;

/// <summary>
/// Sees every competition as it ends, for a replay that tells who bid, with what effort, and who won. Monte Carlo runs
/// leave it unset and pay nothing for it.
/// </summary>
public interface ICompetitionObserver
{
    /// <summary>Called once a competition has been judged.</summary>
    /// <param name="project">Index of the project in the scenario.</param>
    /// <param name="year">The year of the competition.</param>
    /// <param name="regime">Index of the regime that judged it.</param>
    /// <param name="bids">The bids that entered, at their final effort (empty when nobody entered).</param>
    /// <param name="winners">Positions in <paramref name="bids"/> of the winning bids, best first.</param>
    /// <param name="candidates">The regions that were candidates (bit i = region i), whether or not they entered: the named
    /// ones and, of a project's unnamed candidates, those drawn in this replication.</param>
    void CompetitionJudged(int project, int year, int regime, ReadOnlySpan<Bid> bids, ReadOnlySpan<int> winners, ulong candidates);
}
