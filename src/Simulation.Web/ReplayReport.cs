using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Replay;
using Simulation.Output.Charts;

namespace Simulation.Web;

/// <summary>
/// One replication told year by year for the page: the regime in force, who bid, with what effort and chance, who won and
/// why, and a map of resources received so far. Every label (headings, table columns, row names, the mode) is worded here from
/// the scenario's names, as <see cref="RunReport"/> words the run's charts, so the page's script only draws. Every year's map
/// has the same colour scale, so the map's change from one year to the next is the money that arrived.
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Mode">Regime mode label.</param>
/// <param name="ModeLabel">The mode's display text (<see cref="ModeCatalogue"/>).</param>
/// <param name="Replication">Replication number; the same as replication k of a run with this scenario, seed and mode.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="RegionNames">Display name of every region id.</param>
/// <param name="MapCaption">What the maps show, under each year's map.</param>
/// <param name="Years">Every year of the horizon, in order.</param>
public sealed record ReplayReport(string Scenario, string Mode, string ModeLabel, long Replication, ulong Seed, IReadOnlyDictionary<string, string> RegionNames,
    string MapCaption, IReadOnlyList<ReplayYear> Years)
{
    /// <summary>Builds the page's account of <paramref name="replay"/>, a replication of <paramref name="scenario"/>.</summary>
    public static ReplayReport From(string name, Scenario scenario, ReplicationReplay replay, ulong seed)
    {
        var scale = TileMapScale.Spanning(replay.Years.SelectMany(y => y.ResourcesPerCapita));
        var regions = scenario.Regions.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var regimes = scenario.Regimes.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var years = replay.Years.Select((y, index) =>
        {
            // This year's winners are outlined on the map.
            var won = y.Competitions.SelectMany(c => c.Bids).Where(b => b.Won).SelectMany(b => b.Regions).ToHashSet(StringComparer.Ordinal);
            var regime = regimes.GetValueOrDefault(y.Regime, y.Regime);
            var held = y.Competitions.Count switch { 0 => "no competition", 1 => "1 competition", var n => $"{n} competitions" };
            return new ReplayYear(y.Year, y.Regime, regime, $"{y.Year} (year {index + 1} of {replay.Years.Count}): {regime} in force, {held}",
                y.Competitions.Count == 0 ? "No competition this year." : null,
                [.. y.Competitions.Select(c => ReplayCompetition.From(c, regions))],
                TileMap.Svg([.. scenario.Regions.Select((r, i) => new TileMapRegion(r.Id, r.Name, r.Tile, y.ResourcesPerCapita[i], won.Contains(r.Id) ? "★ won" : null))],
                    $"By the end of {y.Year}", ResourceNarrative.Unit, scale));
        }).ToList();
        return new ReplayReport(name, replay.Mode, ModeCatalogue.From(scenario).Label(replay.Mode), replay.Replication, seed, regions,
            $"National resources received per person so far, in {ResourceNarrative.Unit}. One colour scale for every year: lighter means more.", years);
    }
}
