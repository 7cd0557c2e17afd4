using Simulation.Core;

namespace Simulation.Experiments.Scoring;

/// <summary>
/// The null model that keeps the scenario's merit and the selection noise but switches the regional governments' agency
/// off: no effort (every bid at the least a bid costs, which is the same for every bid of a project and so decides
/// nothing), every candidate enters, no voluntary joint bids (the record's fixed consortia stay, being what was bid), and
/// no capacity dynamics (wins, deliveries, fund shares and own clusters build nothing). What the full model scores above
/// this null is what the agents add.
/// </summary>
public static class AgentsOff
{
    /// <summary>Returns <paramref name="scenario"/> with its agents switched off.</summary>
    public static Scenario Of(Scenario scenario) => scenario with
    {
        Behaviour = scenario.Behaviour with
        {
            EffortNoise = 0.0,
            EntryTemperature = 0.0,
            BidPreparationCostBillionWon = 0.0,
            MaxEffortShareOfBudget = 0.0,
            CapacityGainPerTrillionWon = 0.0,
            CapacityGainPerTrillionWonOfFund = 0.0,
        },
        // A partnership that only forms from a year after the horizon never forms by choice; a project's consortium still does.
        Partnerships = [.. scenario.Partnerships.Select(p => p with { FromYear = int.MaxValue })],
        OwnClusters = scenario.OwnClusters with { CapacityGainOnCompletion = 0.0 },
    };
}
