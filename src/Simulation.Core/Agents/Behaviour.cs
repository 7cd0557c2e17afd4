namespace Simulation.Core.Agents;

/// <summary>Bounded-rationality parameters shared by all regional governments.</summary>
/// <param name="AdjustmentRounds">Rounds of damped best response before a selection (≥ 1).</param>
/// <param name="Damping">λ, weight of the new best response in the first round (0 &lt; λ ≤ 1); round t uses λ / (1 + λ·t).</param>
/// <param name="EffortNoise">Std. dev. of the log-normal noise on each effort choice (≥ 0).</param>
/// <param name="EntryTemperature">Logit temperature of entry and joint-bid choices, ₩ billion (0 = deterministic).</param>
/// <param name="BidPreparationCostBillionWon">Fixed cost of preparing a bid (paper work), ₩ billion.</param>
/// <param name="BudgetShareOfGrdp">Discretionary yearly budget as a share of regional GRDP.</param>
/// <param name="MaxEffortShareOfBudget">Most of its yearly budget a region puts into one bid.</param>
/// <param name="BeliefLearningRate">Weight of the latest observed effort in the beliefs about rivals (0..1).</param>
/// <param name="InitialEffortIntensity">Believed effort over prize value before any contest.</param>
/// <param name="CapacityGainPerTrillionWon">Capacity gained per ₩1,000 billion of prizes won and designations delivered.</param>
/// <param name="CapacityGainPerTrillionWonOfFund">Capacity gained per ₩1,000 billion of fund shares received: transfers build
/// less than projects, since much of them pays running costs.</param>
public sealed record Behaviour(
    int AdjustmentRounds,
    double Damping,
    double EffortNoise,
    double EntryTemperature,
    double BidPreparationCostBillionWon,
    double BudgetShareOfGrdp,
    double MaxEffortShareOfBudget,
    double BeliefLearningRate,
    double InitialEffortIntensity,
    double CapacityGainPerTrillionWon,
    double CapacityGainPerTrillionWonOfFund);
