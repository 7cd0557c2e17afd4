using Simulation.Core.Randomness;
using Simulation.Core.Selection;

namespace Simulation.Core.Bidding;

/// <summary>
/// Conditioning a competition on an observed outcome (ODD §7.4.6): the required regions' bids win, drawn as the rule would
/// draw them given that they win, and the condition is told the chance they had.
/// </summary>
internal static class ConditionedDraw
{
    /// <summary>Draws the winners into <paramref name="winners"/> under the request's condition; returns false, drawing
    /// nothing, when there is no condition on this competition or it cannot be met, leaving the choice to the rule.</summary>
    public static bool TryDraw(BidTable bids, in CompetitionRequest request, ref RandomStream random, Span<int> winners)
    {
        if (request.Condition is not { } condition || condition.RequiredWinners(request.ProjectIndex) is var required && required == 0)
        {
            return false;
        }
        var requiredBids = bids.HoldersOf(required);
        if (requiredBids == 0)
        {
            condition.Imposed(request.ProjectIndex, 0.0);
            return false;
        }
        var logWeights = bids.LogWeights;
        var weights = bids.Weights;
        var max = double.NegativeInfinity;
        for (var i = 0; i < logWeights.Length; i++)
        {
            logWeights[i] = request.Rule.LogDrawWeight(bids[i], request.Plan.EffortWeight, request.Project.PrizeValuePerWinner);
            max = Math.Max(max, logWeights[i]);
        }
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Math.Exp(logWeights[i] - max);
        }
        var chance = WinnerSetChance.DrawGiven(weights, requiredBids, ref random, winners);
        condition.Imposed(request.ProjectIndex, chance);
        return chance > 0;
    }

    /// <summary>When every bid wins (or none entered), the condition holds exactly when every required region bid.</summary>
    public static void TellEveryBidWins(BidTable bids, in CompetitionRequest request)
    {
        if (request.Condition is { } condition && condition.RequiredWinners(request.ProjectIndex) is var required && required != 0)
        {
            condition.Imposed(request.ProjectIndex, bids.HoldersOf(required) == 0 ? 0.0 : 1.0);
        }
    }
}
