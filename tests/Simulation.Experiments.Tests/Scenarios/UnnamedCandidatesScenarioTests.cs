using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A project's unnamed candidates as a scenario gives them (the baseline's Robot Land: one of three regions the
/// record leaves), and what is wrong with them named by path.</summary>
public class UnnamedCandidatesScenarioTests
{
    private const string Pool = "$.projects[1].unnamedCandidates";

    [Fact]
    public void TheBaselinesRobotLand_HasItsNineNamedBiddersAndOneOfTheThreeRegionsTheRecordLeaves()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;
        var robotLand = scenario.Projects.Single(p => p.Id == "robotLand");

        Assert.Equal(9, robotLand.Candidates.Count);
        Assert.Equal(1, robotLand.Unnamed!.Count);
        Assert.Equal(["seoul", "busan", "jeonbuk"], robotLand.Unnamed.Among.Select(r => scenario.Regions[r].Id));
        Assert.Equal(12, robotLand.CandidatesAmong(scenario.Regions.Count).Count);
    }

    [Theory]
    [InlineData("among", 1, "\"daegu\"", ".among[1]", "'daegu' is a named candidate")]
    [InlineData("among", 1, "\"seoul\"", ".among", "lists \"seoul\" twice (items 0 and 1, counting from 0)")]
    [InlineData("among", 1, "\"pyongyang\"", ".among[1]", "unknown region 'pyongyang'")]
    [InlineData("count", -1, "4", ".count", "4 unnamed candidates but only 3 regions")]
    public void AWrongPool_IsNamed(string field, int index, string value, string where, string fragment) =>
        AssertRejected(d =>
        {
            var pool = (JsonObject)d["projects"]![1]!["unnamedCandidates"]!;
            if (index < 0)
            {
                pool[field] = JsonNode.Parse(value);
            }
            else
            {
                pool[field]![index] = JsonNode.Parse(value);
            }
        }, Pool + where, fragment);

    [Fact]
    public void APoolWithoutNamedCandidates_IsRejected_ForEveryRegionMayBidAlready() =>
        AssertRejected(d => d["projects"]![1]!["candidates"] = new JsonArray(), Pool, "names no candidates");

    [Fact]
    public void MoreWinnersThanNamedAndUnnamedCandidates_IsRejected() =>
        AssertRejected(d => d["projects"]![1]!["winners"] = 11, "$.projects[1].winners", "11 winners but only 10 candidates");

    [Fact]
    public void TwoWinnersOfOneNamedCandidate_AreRejected_InTheSingular() =>
        AssertRejected(d =>
        {
            d["projects"]![0]!["candidates"] = new JsonArray("daegu");
            d["projects"]![0]!["winners"] = 2;
        }, "$.projects[0].winners", "2 winners but only 1 candidate", whole: true);

    [Fact]
    public void APoolWithoutItsSource_IsRejectedByTheSchema() =>
        AssertRejected(d => ((JsonObject)d["projects"]![1]!["unnamedCandidates"]!).Remove("source"), Pool, "source");

    private static void AssertRejected(Action<JsonObject> change, string jsonPath, string fragment, bool whole = false)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", change);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains(exception.Problems, p => p.JsonPath == jsonPath && (whole ? p.Message == fragment : p.Message.Contains(fragment, StringComparison.Ordinal)));
    }
}
