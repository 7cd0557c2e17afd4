using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;

namespace Simulation.Output.Charts;

/// <summary>
/// The maps of national resources received per person that a run's report shows: one <see cref="TileMap"/> per regime mode,
/// all on one colour scale, so a tile that is lighter under one regime than under the other really received more.
/// </summary>
public static class ResourceMaps
{
    /// <summary>Returns one map per mode of <paramref name="modes"/>, in that order, of the mean resources per person of every
    /// region (metrics <c>resources_per_capita_&lt;region&gt;</c>), titled with the mode's label (<see cref="RunResult.Catalogue"/>).</summary>
    /// <param name="scenario">The scenario run, for region ids and names.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="modes">Mode labels to map.</param>
    public static IReadOnlyList<(string Mode, string Svg)> Create(Scenario scenario, RunResult result, IReadOnlyList<string> modes)
    {
        var values = modes.Select(mode => ResourceNarrative.Means(scenario, result, mode)).ToList();
        var scale = TileMapScale.Spanning(values.SelectMany(v => v));
        return [.. modes.Select((mode, m) => (mode, TileMap.Svg(
            [.. scenario.Regions.Select((r, i) => new TileMapRegion(r.Id, r.Name, r.Tile, values[m][i]))],
            result.Catalogue.Label(mode), ResourceNarrative.Unit, scale)))];
    }
}
