using Simulation.Core.Agents;
using Simulation.Core.Projects;
using Simulation.Core.Randomness;
using Simulation.Core.Regions;
using Simulation.Core.Selection;
using Simulation.Core.Signals;

namespace Simulation.Core.Bidding;

// Joint bids: partners weigh bidding as one against bidding separately, unless the project fixes them as a consortium.
public sealed partial class Competition
{
    private void ConsiderJointBids(NationalProject project, ScorePlan plan, ISelectionRule rule, int year, RegionalGovernment[] governments,
        IReadOnlyList<Partnership> partnerships, Behaviour behaviour, ref RandomStream random)
    {
        for (var p = 0; p < partnerships.Count; p++)
        {
            var partnership = partnerships[p];
            var consortium = project.Consortia.Contains(p);
            if (year < partnership.FromYear && !consortium)
            {
                continue;
            }
            var members = 0UL;
            for (var i = 0; i < partnership.Members.Count; i++)
            {
                var m = partnership.Members[i];
                if (IndexOfSingle(m) >= 0)
                {
                    members |= 1UL << m;
                }
            }
            if (System.Numerics.BitOperations.PopCount(members) < 2)
            {
                continue;
            }

            var joint = JointBid(members, project, plan, rule, governments, behaviour);
            if (consortium)
            {
                // The record's bid: the members bid as one, with no decision to make and no draw.
                if (Players is { } seated && seated.Includes(members))
                {
                    SetPlayedEffort(ref joint, seated, governments);
                }
                ReplaceMembersBy(joint, members);
                continue;
            }
            PrepareStrengths();
            // The members' separate gains (each against every other bid) and the joint bid's (against the bids with no
            // member in it), solved side by side; k winners are read as q / (q + Y/k).
            var logWinners = Math.Log(project.Winners);
            var n = 0;
            for (var i = 0; i < _count; i++)
            {
                if ((_bids[i].Members & members) != 0)
                {
                    SetProblem(n++, _bids[i], LogRivals(i, 0UL) - logWinners);
                }
            }
            SetProblem(n++, joint, LogRivals(-1, members) - logWinners);
            BestResponse.SolveMany(_valuation.AsSpan(0, n), _exponent.AsSpan(0, n), _logScale.AsSpan(0, n), _logRivals.AsSpan(0, n),
                _floor.AsSpan(0, n), _cap.AsSpan(0, n), _nextEffort.AsSpan(0, n), _payoff.AsSpan(0, n));
            var separate = 0.0;
            for (var i = 0; i < n - 1; i++)
            {
                separate += _payoff[i];
            }
            var together = _payoff[n - 1];
            var lead = governments[System.Numerics.BitOperations.TrailingZeroCount(members)];
            var teamUp = lead.ConsiderJointBid(together - separate, behaviour, ref random);
            if (Players is { } players && players.Includes(members))
            {
                teamUp = players.TeamsUp(members); // the draw above keeps the others' luck unchanged
                SetPlayedEffort(ref joint, players, governments);
            }
            if (teamUp)
            {
                ReplaceMembersBy(joint, members);
            }
        }
    }

    private void ReplaceMembersBy(in Bid joint, ulong members)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if ((_bids[i].Members & members) == 0)
            {
                _bids[kept++] = _bids[i];
            }
        }
        _bids[kept++] = joint;
        _count = kept;
    }

    private int IndexOfSingle(int region)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_bids[i].Members == 1UL << region)
            {
                return i;
            }
        }
        return -1;
    }

    private static Bid JointBid(ulong members, NationalProject project, ScorePlan plan, ISelectionRule rule, RegionalGovernment[] governments, Behaviour behaviour)
    {
        double population = 0, merit = 0, multiplier = 0, cap = 0, intensity = 0;
        var lead = -1;
        for (var r = 0; r < governments.Length; r++)
        {
            if ((members & (1UL << r)) == 0)
            {
                continue;
            }
            var g = governments[r];
            lead = lead < 0 ? r : lead;
            population += g.Population;
            merit += g.Population * plan.Merit(r, g.Capacity);
            multiplier += g.Population * project.ValuationMultipliers[r];
            intensity += g.Population * g.ExpectedIntensity;
            cap += g.EffortCap(behaviour);
        }
        merit = (merit / population) + plan.JointBidWeight;
        var valuation = project.PrizeValuePerWinner * multiplier / population;
        var bid = new Bid
        {
            Members = members,
            Lead = lead,
            Population = population,
            Merit = merit,
            Valuation = valuation,
            Floor = EffortFloor(behaviour, project),
            Cap = Math.Max(EffortFloor(behaviour, project), cap),
            Perceived = rule.Perceive(merit, plan.EffortWeight, project.PrizeValuePerWinner),
        };
        bid.Effort = Math.Clamp(intensity / population * valuation, bid.Floor, bid.Cap);
        return bid;
    }
}
