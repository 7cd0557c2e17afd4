namespace Simulation.Core.Bidding;

/// <summary>
/// What a person playing a region decided for one competition, in place of the region's agent: a participatory game
/// lets students take these decisions while the model plays every other region.
/// </summary>
/// <param name="Bid">Whether to enter the competition.</param>
/// <param name="EffortBillionWon">Effort to put into the bid, ₩ billion (kept within the bid's floor and cap).</param>
/// <param name="TeamUp">Whether to bid jointly with the region's partners, when the project allows joint bids.</param>
public readonly record struct PlayerChoice(bool Bid, double EffortBillionWon, bool TeamUp);
