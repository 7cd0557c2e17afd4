namespace Simulation.Experiments.Replay;

/// <summary>One bid of a replayed competition, as a class reads it.</summary>
/// <param name="Regions">Ids of the member regions (two or more for a joint bid).</param>
/// <param name="EffortBillionWon">Effort put into the bid, ₩ billion.</param>
/// <param name="Merit">The bid's score on the project's criteria under the regime's tilt (higher is better).</param>
/// <param name="Chance">Its chance of winning given every bid's merit and effort, before the selection's luck (see
/// <see cref="WinChances"/>).</param>
/// <param name="Won">Whether it won.</param>
/// <param name="Members">Each member, in <paramref name="Regions"/>' order: whether its own players decided, the effort it was
/// charged and the prize value it won. A joint bid can mix the two: a member nobody decided for is the model's, matching its
/// partners' players; so the class's results are told apart from the model's member by member, not bid by bid.</param>
public sealed record BidRecord(IReadOnlyList<string> Regions, double EffortBillionWon, double Merit, double Chance, bool Won,
    IReadOnlyList<BidMember> Members)
{
    /// <summary>Whether a person, not the model, took its decisions (for a joint bid: any member's players).</summary>
    public bool Played => Members.Any(m => m.Played);

    /// <summary>Returns <paramref name="region"/>'s part in the bid, or null when it is not a member.</summary>
    public BidMember? Member(string region)
    {
        for (var i = 0; i < Regions.Count; i++)
        {
            if (Regions[i] == region)
            {
                return Members[i];
            }
        }
        return null;
    }
}

