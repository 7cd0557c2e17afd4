using System.Text.Json.Nodes;
using Simulation.Core.Regions;

namespace Simulation.Experiments.Scenarios;

/// <summary>Reads the regions' places on the tile maps of results (<c>tile</c>, presentation only) and refuses two regions on
/// one square, which would hide one of them.</summary>
internal static class RegionTiles
{
    /// <summary>Returns the place a region's element gives, or null when it gives none.</summary>
    public static MapTile? Read(JsonObject region, ScenarioFields fields) =>
        region["tile"] is JsonObject tile ? new MapTile(fields.Int(tile, "column"), fields.Int(tile, "row")) : null;

    /// <summary>Reports, at the second region's <c>tile</c>, every square two regions share.</summary>
    public static void Check(IReadOnlyList<Region> regions, ScenarioFields fields)
    {
        var placed = new Dictionary<MapTile, string>();
        for (var i = 0; i < regions.Count; i++)
        {
            if (regions[i].Tile is { } tile && !placed.TryAdd(tile, regions[i].Id))
            {
                fields.Problem($"$.regions[{i}].tile", $"column {tile.Column}, row {tile.Row} is already the place of region '{placed[tile]}'; give each region its own square");
            }
        }
    }
}
