using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A zoned fund pays a region only through a zone it names, so a region it may pay but no zone holds is refused,
/// as one in two zones is (docs/scenario-format.md, <c>regimes</c>, <c>fund.zones</c>).</summary>
public class FundZoneSharesTests
{
    [Fact]
    public void ARegionAddedWithoutAZone_IsRefused_NamingTheRegionTheFundAndWhatToDo()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("sejong.json", AddSejong);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal((path, $"$.regimes[{LeeIndex(folder.Baseline())}].fund.zones"), (problem.File, problem.JsonPath));
        Assert.Contains("region 'sejong' is in no zone of the fund of regime 'lee'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("add it to the members of a zone in $.zones", problem.Message, StringComparison.Ordinal);
        Assert.Contains("eligible", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARegionInTwoZonesOfAFund_IsRefused_NamingTheRegion()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("daejeon-twice.json", d =>
            d["zones"]!.AsArray().Single(z => (string?)z!["id"] == "capital")!["members"]!.AsArray().Add("daejeon"));

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.StartsWith($"$.regimes[{LeeIndex(folder.Baseline())}].fund.zones[", problem.JsonPath, StringComparison.Ordinal);
        Assert.Contains("shares the region 'daejeon' with an earlier zone of this fund", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARegionAddedToAZone_Loads_AndSharesInTheFund()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("sejong-zoned.json", d =>
        {
            AddSejong(d);
            d["zones"]!.AsArray().Single(z => (string?)z!["id"] == "chungcheong")!["members"]!.AsArray().Add("sejong");
        });

        var scenario = ScenarioLoader.Load(path).Model;

        var sejong = scenario.Regions.ToList().FindIndex(r => r.Id == "sejong");
        Assert.Contains(sejong, scenario.Regimes.Single(r => r.Id == "lee").Fund.Zones.Single(z => z.Id == "chungcheong").Members);
    }

    [Fact]
    public void ARegionLeftOutOfTheFundsEligibleList_NeedsNoZone()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("sejong-left-out.json", d =>
        {
            var others = d["regions"]!.AsArray().Select(r => (JsonNode?)(string?)r!["id"]).ToArray();
            AddSejong(d);
            d["regimes"]![LeeIndex(d)]!["fund"]!["eligible"] = new JsonArray(others);
        });

        var lee = ScenarioLoader.Load(path).Model.Regimes.Single(r => r.Id == "lee");

        Assert.Equal(16, lee.Fund.Eligible.Count);
    }

    [Fact]
    public void AZoneTheFundDoesNotName_LeavesItsMembersInNoZone_AndIsRefused()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("no-jeju-share.json", d =>
        {
            var zones = d["regimes"]![LeeIndex(d)]!["fund"]!["zones"]!.AsArray();
            zones.Remove(zones.Single(z => (string?)z!["zone"] == "jeju"));
        });

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Contains("region 'jeju' is in no zone of the fund of regime 'lee'", problem.Message, StringComparison.Ordinal);
    }

    // A seventeenth region, a copy of Jeju's values, without a square on the tile map, without neighbours (which no process
    // reads, so a region may leave them out) and in no zone.
    private static void AddSejong(JsonObject document)
    {
        var regions = document["regions"]!.AsArray();
        var sejong = regions.Single(r => (string?)r!["id"] == "jeju")!.DeepClone().AsObject();
        sejong["id"] = "sejong";
        sejong["name"] = "Sejong";
        sejong.Remove("tile");
        sejong.Remove("neighbours");
        regions.Add(sejong);
    }

    private static int LeeIndex(JsonObject document) =>
        document["regimes"]!.AsArray().Select((r, i) => ((string?)r!["id"], i)).Single(r => r.Item1 == "lee").i;
}
