using Simulation.Experiments.Comparison;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Comparison;

public class ScenarioComparisonTests
{
    [Fact]
    public void IdenticalScenarios_GiveExactlyZeroDifferences_AndNoParameterDifference()
    {
        var a = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        var b = ScenarioLoader.Load(Repository.Scenario("smoke.json"));

        var result = ScenarioComparison.Run(a, b, new RunOptions(150, 4, 2));

        Assert.Equal(["timeline", "roh", "lee"], result.Modes);
        Assert.DoesNotContain(result.Parameters, p => p.Path != "replications");
        Assert.Empty(result.NotCompared);
        Assert.NotEmpty(result.Differences);
        Assert.All(result.Differences.Where(d => d.Pairs > 0), d =>
        {
            Assert.Equal(0.0, d.Difference);
            Assert.Equal(0.0, d.CiLow);
            Assert.Equal(0.0, d.CiHigh);
            Assert.Equal(d.MeanA, d.MeanB);
        });
    }

    [Fact]
    public void AWinsMeans_AreTheRunsWinProbabilities_DigitForDigit()
    {
        // A win is counted: its means are wins over pairs, as a run divides them, not running means that drift in the last digits.
        var a = ScenarioLoader.Load(Repository.Scenario("roh-only.json"));
        var b = ScenarioLoader.Load(Repository.Scenario("lee-only.json"));
        var options = new RunOptions(750, 11, 2);

        var result = ScenarioComparison.Run(a, b, options);
        var runA = MonteCarlo.Run(a.Model, options).WinProbabilities;
        var runB = MonteCarlo.Run(b.Model, options).WinProbabilities;

        var wins = result.Differences.Where(d => d.Kind == DifferenceKind.Win).ToList();
        Assert.NotEmpty(wins);
        Assert.Contains(wins, d => d.MeanA is > 0 and < 1);
        foreach (var d in wins)
        {
            var project = d.Name[..d.Name.IndexOf(':')];
            var region = d.Name[(d.Name.IndexOf(':') + 1)..];
            var pa = runA.Single(w => w.Regime == d.Regime && w.Project == project && w.Region == region).Probability;
            var pb = runB.Single(w => w.Regime == d.Regime && w.Project == project && w.Region == region).Probability;
            Assert.Equal(pa, d.MeanA);
            Assert.Equal(pb, d.MeanB);
        }
    }

    [Fact]
    public void Counterfactuals_DifferWhereTheRegimesDo_WithPairedIntervalsAroundTheDifference()
    {
        var roh = ScenarioLoader.Load(Repository.Scenario("roh-only.json"));
        var lee = ScenarioLoader.Load(Repository.Scenario("lee-only.json"));

        var result = ScenarioComparison.Run(roh, lee, new RunOptions(400, 4, 2));

        var parameter = Assert.Single(result.Parameters);
        Assert.Equal("timeline[0].regime", parameter.Path);
        var share = result.Differences.Single(d => d.Name == "capital_region_share");
        Assert.True(share.CiLow > 0, $"the Lee regime should raise the Capital Region's share: {share}");
        Assert.All(result.Differences.Where(d => d.Pairs > 1), d => Assert.InRange(d.Difference, d.CiLow, d.CiHigh));
        // The difference of means equals the mean of the paired differences.
        Assert.All(result.Differences.Where(d => d.Pairs > 0), d => Assert.Equal(d.MeanB - d.MeanA, d.Difference, 1e-9));
    }

    [Fact]
    public void Results_DoNotDependOnTheThreadCount()
    {
        var roh = ScenarioLoader.Load(Repository.Scenario("roh-only.json"));
        var lee = ScenarioLoader.Load(Repository.Scenario("lee-only.json"));

        var one = ScenarioComparison.Run(roh, lee, new RunOptions(90, 8, 1));
        var three = ScenarioComparison.Run(roh, lee, new RunOptions(90, 8, 3));

        Assert.Equal(one.Differences, three.Differences);
    }

    [Fact]
    public void WhatOnlyOneScenarioHas_IsNamed_NotSilentlyLeftOut()
    {
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        var roh = ScenarioLoader.Load(Repository.Scenario("roh-only.json"));

        var result = ScenarioComparison.Run(baseline, roh, new RunOptions(20, 4, 1));

        Assert.Equal(["timeline"], result.Modes);
        var modes = Assert.Single(result.NotCompared);
        Assert.Equal(ComparedPart.RegimeModes, modes.Part);
        Assert.Equal(["roh", "lee"], modes.OnlyInA);
        Assert.Empty(modes.OnlyInB);
    }

    [Fact]
    public void NotCompared_ListsEachSidesOwnIds_InTheirOrder_OrNothingWhenTheyAgree()
    {
        var projects = NotCompared.Between(ComparedPart.Projects, ["maglev", "robotLand"], ["greenHub", "maglev"]);

        Assert.NotNull(projects);
        Assert.Equal(["robotLand"], projects.OnlyInA);
        Assert.Equal(["greenHub"], projects.OnlyInB);
        Assert.Null(NotCompared.Between(ComparedPart.Regions, ["seoul", "busan"], ["busan", "seoul"]));
    }

    [Fact]
    public void ParameterDifferences_NameAFundZoneByItsZone_WhateverItsPosition()
    {
        var a = (System.Text.Json.Nodes.JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        var b = (System.Text.Json.Nodes.JsonObject)a.DeepClone();
        var zones = b["regimes"]![1]!["fund"]!["zones"]!.AsArray();
        var capital = zones.Single(z => (string)z!["zone"]! == "capital")!;
        capital["share"]!["value"] = 0.1;
        zones.Remove(capital);
        zones.Add(capital); // listed last: the position of every zone changes

        var differences = ParameterDiff.Between(a, b);

        Assert.Equal(["regimes[lee].fund.zones[capital].share"], differences.Select(d => d.Path));
    }

    [Fact]
    public void ParameterDifferences_LeaveOutTheRunSettings_WhichAComparisonTakesFromItsOptionsForBoth()
    {
        var a = (System.Text.Json.Nodes.JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        var b = (System.Text.Json.Nodes.JsonObject)a.DeepClone();
        b["seed"] = System.Text.Json.Nodes.JsonNode.Parse("1"); // as a file gives them
        b["replications"] = System.Text.Json.Nodes.JsonNode.Parse("500");
        b["behaviour"]!["damping"]!["value"] = System.Text.Json.Nodes.JsonNode.Parse("0.3");

        Assert.Equal(["behaviour.damping"], ParameterDiff.Between(a, b).Select(d => d.Path));
    }

    [Fact]
    public void ParameterDifferences_LeaveOutTheParametersAnEntryIsDeclaredInSampleFor()
    {
        var a = (System.Text.Json.Nodes.JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        var b = (System.Text.Json.Nodes.JsonObject)a.DeepClone();
        b["record"]![2]!["inSample"]!["parameters"] = new System.Text.Json.Nodes.JsonArray("regimes[lee].tilt[jointBid].weight");
        b["patterns"]!["designationCounts"]![0]!["inSample"] = "a plain reason now";

        Assert.Empty(ParameterDiff.Between(a, b));
    }

    [Fact]
    public void ParameterDifferences_OfANewCriterion_ListItsWeight_NotItsKeyAgain_NorAReasonForBeingInSample()
    {
        var a = (System.Text.Json.Nodes.JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        var b = (System.Text.Json.Nodes.JsonObject)a.DeepClone();
        b["projects"]![0]!["criteria"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "signal": "population", "weight": { "value": 0.2, "source": "what-if" } }"""));
        b["record"]!.AsArray().OfType<System.Text.Json.Nodes.JsonObject>().ToList().ForEach(c => c.Remove("inSample"));

        var differences = ParameterDiff.Between(a, b);

        Assert.Equal(["projects[maglev].criteria[population].weight"], differences.Select(d => d.Path));
        Assert.Equal("0.2", differences[0].B);
    }

    [Fact]
    public void ParameterDifferences_QuoteAListAsWritten_InAnyScript()
    {
        var a = (System.Text.Json.Nodes.JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        var b = (System.Text.Json.Nodes.JsonObject)a.DeepClone();
        b["regions"]![0]!["neighbours"] = new System.Text.Json.Nodes.JsonArray("대구", "gyeonggi");

        var difference = Assert.Single(ParameterDiff.Between(a, b));

        Assert.Equal("[\"대구\",\"gyeonggi\"]", difference.B);
    }
}
