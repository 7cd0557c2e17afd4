namespace Simulation.Experiments.Games;

/// <summary>A region's standing in a game so far.</summary>
/// <param name="Region">The region's id.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Played">Whether a person plays it.</param>
/// <param name="Wins">Projects won (a joint win counts for every member).</param>
/// <param name="PrizeWonBillionWon">Prize value won, ₩ billion (a joint win shared by population).</param>
/// <param name="EffortBillionWon">Effort spent on bids, ₩ billion.</param>
/// <param name="ResourcesPerCapita">National resources received so far (fund, designations, projects), ₩ thousand per person.</param>
public sealed record RegionStanding(string Region, string Name, bool Played, int Wins, double PrizeWonBillionWon, double EffortBillionWon,
    double ResourcesPerCapita)
{
    /// <summary>Prize value won minus effort spent, ₩ billion: what competing gained the region.</summary>
    public double NetGainBillionWon => PrizeWonBillionWon - EffortBillionWon;
}
