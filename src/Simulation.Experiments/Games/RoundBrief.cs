namespace Simulation.Experiments.Games;

/// <summary>
/// What a player needs to decide in the open round, in the units of the model: whether the region may bid, what the prize
/// is worth to it, how much it can spend, where it stands on the criteria, and who it could team up with.
/// </summary>
/// <param name="Region">The region's id.</param>
/// <param name="Eligible">Whether the region is a candidate for this project.</param>
/// <param name="PrizeValueBillionWon">Value of winning to this region, ₩ billion.</param>
/// <param name="EffortFloorBillionWon">Least a bid costs (its preparation), ₩ billion.</param>
/// <param name="EffortCapBillionWon">Most the region can put into the bid this year, ₩ billion.</param>
/// <param name="UsualEffortBillionWon">The effort rivals expect of the region from its past bids, ₩ billion: a starting point.</param>
/// <param name="MeritRank">The region's rank on the project's criteria among the candidates under the regime in force (1 = best;
/// of a project's unnamed candidates, only the played ones are ranked, the others being drawn when the round is played).</param>
/// <param name="Candidates">Number of candidates: at most, when the project has unnamed ones drawn when the round is played.</param>
/// <param name="Winners">Number of winning bids.</param>
/// <param name="Partners">Ids of the regions the region may choose to bid with as one (empty when the project takes no joint
/// bids, or only its consortia's).</param>
/// <param name="Consortium">Ids of the regions the region bids with as one for certain, its consortium in this project as
/// the record has it (no team-up choice: the joint bid enters when every played member bids); empty when it has none.</param>
public sealed record RoundBrief(string Region, bool Eligible, double PrizeValueBillionWon, double EffortFloorBillionWon, double EffortCapBillionWon,
    double UsualEffortBillionWon, int MeritRank, int Candidates, int Winners, IReadOnlyList<string> Partners, IReadOnlyList<string> Consortium);
