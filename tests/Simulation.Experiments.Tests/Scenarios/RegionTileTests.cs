using System.Text.Json.Nodes;
using Simulation.Core.Regions;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A region's place on the tile maps is the scenario's data: read as written, optional, and refused where two regions
/// would share a square.</summary>
public class RegionTileTests
{
    [Fact]
    public void Baseline_PlacesEveryRegion_OnASquareOfItsOwn()
    {
        var regions = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model.Regions;

        Assert.All(regions, r => Assert.NotNull(r.Tile));
        Assert.Equal(regions.Count, regions.Select(r => r.Tile).Distinct().Count());
    }

    [Fact]
    public void Tile_IsReadAsWritten_AndMayBeLeftOut()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("tiles.json", d =>
        {
            d["regions"]![0]!["tile"] = JsonNode.Parse("""{ "column": 6, "row": 9 }""");
            d["regions"]![1]!.AsObject().Remove("tile");
        });

        var regions = ScenarioLoader.Load(path).Model.Regions;

        Assert.Equal(new MapTile(6, 9), regions[0].Tile);
        Assert.Null(regions[1].Tile);
    }

    [Fact]
    public void TwoRegionsOnOneSquare_AreRefused_NamingTheSecondAndTheFirst()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("shared.json", d => d["regions"]![5]!["tile"] = d["regions"]![2]!["tile"]!.DeepClone());

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal("$.regions[5].tile", problem.JsonPath);
        Assert.Contains($"region '{folder.Baseline()["regions"]![2]!["id"]}'", problem.Message);
    }

    [Theory]
    [InlineData("""{ "column": -1, "row": 0 }""", "$.regions[3].tile.column")]
    [InlineData("""{ "column": 1.5, "row": 0 }""", "$.regions[3].tile.column")]
    [InlineData("""{ "column": 1 }""", "$.regions[3].tile")]
    public void MalformedTile_IsRefusedAtItsPath(string tile, string jsonPath)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", d => d["regions"]![3]!["tile"] = JsonNode.Parse(tile));

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains(exception.Problems, p => p.JsonPath == jsonPath);
    }
}
