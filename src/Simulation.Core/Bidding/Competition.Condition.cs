using System.Numerics;
using Simulation.Core.Projects;
using Simulation.Core.Randomness;
using Simulation.Core.Selection;
using Simulation.Core.Signals;

namespace Simulation.Core.Bidding;

// Conditioning on an observed outcome: the required regions' bids win, drawn as the rule would draw them given that they
// win, and the condition is told the chance they had.
public sealed partial class Competition
{
    // Returns true when the winners were drawn under the condition; false leaves the choice to the selection rule.
    private bool ImposeCondition(int projectIndex, NationalProject project, ScorePlan plan, ISelectionRule rule, ref RandomStream random, Span<int> winners)
    {
        if (Condition is not { } condition || condition.RequiredWinners(projectIndex) is var required && required == 0)
        {
            return false;
        }
        var requiredBids = RequiredBids(required);
        if (requiredBids == 0)
        {
            condition.Imposed(projectIndex, 0.0);
            return false;
        }
        var max = double.NegativeInfinity;
        for (var i = 0; i < _count; i++)
        {
            _logStrength[i] = rule.LogDrawWeight(_bids[i], plan.EffortWeight, project.PrizeValuePerWinner);
            max = Math.Max(max, _logStrength[i]);
        }
        for (var i = 0; i < _count; i++)
        {
            _strength[i] = Math.Exp(_logStrength[i] - max);
        }
        var chance = WinnerSetChance.DrawGiven(_strength.AsSpan(0, _count), requiredBids, ref random, winners);
        condition.Imposed(projectIndex, chance);
        return chance > 0;
    }

    // When every bid wins (or none entered), the condition holds exactly when every required region bid.
    private void TellConditionEveryBidWins(int projectIndex)
    {
        if (Condition is { } condition && condition.RequiredWinners(projectIndex) is var required && required != 0)
        {
            condition.Imposed(projectIndex, RequiredBids(required) == 0 ? 0.0 : 1.0);
        }
    }

    // The bit mask (over bid positions) of the bids holding the required regions; 0 when one of them is in no bid.
    private ulong RequiredBids(ulong requiredRegions)
    {
        var bids = 0UL;
        for (var m = requiredRegions; m != 0; m &= m - 1)
        {
            var region = 1UL << BitOperations.TrailingZeroCount(m);
            var holder = -1;
            for (var i = 0; i < _count && holder < 0; i++)
            {
                if ((_bids[i].Members & region) != 0)
                {
                    holder = i;
                }
            }
            if (holder < 0)
            {
                return 0UL;
            }
            bids |= 1UL << holder;
        }
        return bids;
    }
}
