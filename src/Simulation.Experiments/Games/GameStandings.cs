using Simulation.Core.Agents;
using Simulation.Experiments.Replay;

namespace Simulation.Experiments.Games;

/// <summary>Ranks the regions of a game: projects won first, then net gain from competing.</summary>
public static class GameStandings
{
    /// <summary>Returns every region's standing, best first.</summary>
    public static IReadOnlyList<RegionStanding> Of(IReadOnlyList<RegionalGovernment> governments, CompetitionRecorder recorder,
        IReadOnlySet<int> played) =>
        [.. governments
            .Select(g => new RegionStanding(g.Region.Id, g.Region.Name, played.Contains(g.Index), recorder.Wins[g.Index],
                recorder.PrizeWon[g.Index], recorder.Effort[g.Index], g.ResourcesReceived * 1000.0 / g.Population))
            .OrderByDescending(s => s.Wins).ThenByDescending(s => s.NetGainBillionWon).ThenBy(s => s.Region, StringComparer.Ordinal)];
}
