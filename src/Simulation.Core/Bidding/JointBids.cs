using Simulation.Core.Randomness;

namespace Simulation.Core.Bidding;

/// <summary>
/// Joint bids (ODD §7.4.2): partners weigh bidding as one against bidding separately, unless the project fixes them as a
/// consortium, in which case they bid as one with no decision to make and no draw.
/// </summary>
internal static class JointBids
{
    /// <summary>Replaces, partnership by partnership, the members' single bids in <paramref name="bids"/> by their joint bid
    /// when they choose to bid as one.</summary>
    public static void Consider(BidTable bids, ResponseBatch responses, Bidders bidders, in CompetitionRequest request, ref RandomStream random)
    {
        var project = request.Project;
        var governments = bidders.Governments;
        var players = request.Players;
        for (var p = 0; p < bidders.Partnerships.Count; p++)
        {
            var partnership = bidders.Partnerships[p];
            var consortium = project.Consortia.Contains(p);
            if (request.Year < partnership.FromYear && !consortium)
            {
                continue;
            }
            var members = 0UL;
            for (var i = 0; i < partnership.Members.Count; i++)
            {
                var m = partnership.Members[i];
                if (bids.IndexOfSingle(m) >= 0)
                {
                    members |= 1UL << m;
                }
            }
            if (System.Numerics.BitOperations.PopCount(members) < 2)
            {
                continue;
            }

            var terms = BidTerms.Joint(members, governments, project, request.Plan, bidders.Behaviour, out var population);
            var joint = terms.ToBid(members, population, request.Rule.Perceive(terms.Merit, request.Plan.EffortWeight, project.PrizeValuePerWinner));
            if (consortium)
            {
                // The record's bid: the members bid as one, with no decision to make and no draw.
                players?.SetEffort(ref joint, governments);
                bids.ReplaceMembersBy(joint, members);
                continue;
            }
            var teamUp = Weigh(bids, responses, joint, members, project.Winners, governments, bidders.Behaviour, ref random);
            if (players is not null && players.Includes(members))
            {
                teamUp = players.TeamsUp(members); // the draw above keeps the others' luck unchanged
                players.SetEffort(ref joint, governments);
            }
            if (teamUp)
            {
                bids.ReplaceMembersBy(joint, members);
            }
        }
    }

    // The lead's draw on bidding as one: the members' separate gains (each against every other bid) and the joint bid's
    // (against the bids with no member in it), solved side by side; k winners are read as q / (q + Y/k).
    private static bool Weigh(BidTable bids, ResponseBatch responses, in Bid joint, ulong members, int winners,
        Agents.RegionalGovernment[] governments, Agents.Behaviour behaviour, ref RandomStream random)
    {
        bids.PrepareStrengths();
        var logWinners = Math.Log(winners);
        var n = 0;
        for (var i = 0; i < bids.Count; i++)
        {
            if ((bids[i].Members & members) != 0)
            {
                responses.Set(n++, bids[i], bids.LogRivals(i, 0UL) - logWinners);
            }
        }
        responses.Set(n++, joint, bids.LogRivals(-1, members) - logWinners);
        responses.Solve(n);
        var payoffs = responses.Payoffs;
        var separate = 0.0;
        for (var i = 0; i < n - 1; i++)
        {
            separate += payoffs[i];
        }
        var together = payoffs[n - 1];
        var lead = governments[System.Numerics.BitOperations.TrailingZeroCount(members)];
        return lead.ConsiderJointBid(together - separate, behaviour, ref random);
    }
}
