using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>Numbers that are valid JSON but that no year, count or parameter can be: each is rejected with the file and its
/// JSON path, never with an exception of another type (the bug: a year of -1e308 ended in a stack trace).</summary>
public class UnrepresentableNumberTests
{
    [Theory]
    [InlineData("-1e308")]
    [InlineData("1e308")]
    [InlineData("3000000000")]
    [InlineData("2007.5")]
    [InlineData("1e400")]
    public void ProjectYear_IsRejectedWithItsPath(string year) =>
        AssertRejected(d => d["projects"]![0]!["year"] = JsonNode.Parse(year), "$.projects[0].year");

    [Theory]
    [InlineData("-1e308")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void SourcedValue_IsRejectedWithItsPath(string value) =>
        AssertRejected(d => d["behaviour"]!["damping"]!["value"] = JsonNode.Parse(value), "$.behaviour.damping.value");

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1")]
    [InlineData("9223372036854775808")]
    [InlineData("1.5")]
    public void Seed_IsRejectedWithItsPath(string seed) =>
        AssertRejected(d => d["seed"] = JsonNode.Parse(seed), "$.seed");

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e308")]
    public void RegionValue_IsRejectedWithItsPath(string value) =>
        AssertRejected(d => d["regions"]![3]!["values"]!["rdShare2007"] = JsonNode.Parse(value), "$.regions[3].values.rdShare2007");

    // The schema library compares the items of a uniqueItems list as decimals and threw on these (found by
    // MutatedScenarioProperties).
    [Theory]
    [InlineData("-1e400")]
    [InlineData("1e308")]
    public void NumberInAUniqueList_IsRejectedWithItsPath(string year) =>
        AssertRejected(d => d["programmes"]![1]!["years"]![0] = JsonNode.Parse(year), "$.programmes[1].years[0]");

    [Fact]
    public void SourcedRegionValueOutOfRange_IsOneProblem_AtItsValue()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("sourced.json", d => d["regions"]![1]!["values"]!["rdShare2007"] = JsonNode.Parse("""{ "value": 1e13, "source": "x" }"""));

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal("$.regions[1].values.rdShare2007.value", problem.JsonPath);
        Assert.Contains("at most", problem.Message);
    }

    [Fact]
    public void SourcedRegionValue_IsRead()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("sourced.json", d => d["regions"]![1]!["values"]!["rdShare2007"] = JsonNode.Parse("""{ "value": 2.5, "source": "x" }"""));

        var scenario = ScenarioLoader.Load(path).Model;

        Assert.Equal(2.5, scenario.Regions[1].Values[scenario.AttributeIndex("rdShare2007")]);
    }

    [Fact]
    public void WholeNumbersWrittenAsReals_AreRead()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("reals.json", d =>
        {
            d["projects"]![0]!["year"] = JsonNode.Parse("2007.0");
            d["horizon"]!["lastYear"] = JsonNode.Parse("2.015e3");
            d["seed"] = JsonNode.Parse("9223372036854775807");
            // The record is read apart from the model, and once stopped at a real there (found by MutatedScenarioProperties).
            d["record"]![0]!["year"] = JsonNode.Parse(d["record"]![0]!["year"]!.GetValue<int>() + ".0");
            d["record"]![0]!["bids"] = JsonNode.Parse(d["record"]![0]!["bids"]!.GetValue<int>() + ".0");
            d["patterns"]!["designationCounts"]![0]!["counts"]!["seoul"] = JsonNode.Parse("5.0");
        });

        var scenario = ScenarioLoader.Load(path).Model;

        Assert.Equal(2007, scenario.Projects[0].Year);
        Assert.Equal(2015, scenario.Timeline.LastYear);
        Assert.Equal((ulong)long.MaxValue, scenario.Seed);
    }

    private static void AssertRejected(Action<JsonObject> change, string jsonPath)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", change);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains(exception.Problems, p => p.File == path && p.JsonPath == jsonPath);
    }
}
