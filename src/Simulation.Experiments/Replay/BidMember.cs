namespace Simulation.Experiments.Replay;

/// <summary>One member region's part in a bid: kept apart so that a game's results, which add up region by region, can
/// be read from its rounds, and a member played by the model is not taken for its partners' players'.</summary>
/// <param name="Played">Whether the region's own players took its decisions in this competition.</param>
/// <param name="EffortChargedBillionWon">The part of the bid's effort charged to the region, ₩ billion: its population share,
/// or in a game what its players put in (ODD §7.7).</param>
/// <param name="PrizeWonBillionWon">The prize value it won, ₩ billion: its population share of the prize if the bid won, else 0.</param>
public sealed record BidMember(bool Played, double EffortChargedBillionWon, double PrizeWonBillionWon);
