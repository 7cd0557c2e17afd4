namespace Simulation.Core.Bidding;

/// <summary>
/// Conditions competitions on an observed outcome: the regions it names win, and it is told the chance they had of
/// winning given the bids. Multiplying those chances along a replication estimates the probability of the whole record
/// without waiting for the rare replications that reproduce it (sequential importance sampling).
/// </summary>
public interface IOutcomeCondition
{
    /// <summary>Returns the bit mask of regions that must be among the winners of <paramref name="project"/>, or 0 to leave
    /// the competition to the selection rule.</summary>
    ulong RequiredWinners(int project);

    /// <summary>Told, for a conditioned competition, the chance the required regions had of all winning given the bids (0
    /// when one of them did not bid, in which case the rule picked the winners as usual).</summary>
    /// <param name="project">Index of the project in the scenario.</param>
    /// <param name="chance">P(required regions all win | bids), exact when the rule draws in proportion to weight.</param>
    void Imposed(int project, double chance);
}
