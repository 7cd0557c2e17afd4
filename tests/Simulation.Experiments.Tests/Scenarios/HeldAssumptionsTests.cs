using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A screening of a scenario's priors says how many numbers it holds fixed although their source calls them an
/// assumption: the baseline's tilts and criterion weights carry no prior there, and assumptions.json gives one to all but the
/// twelve its description names.</summary>
public class HeldAssumptionsTests
{
    [Fact]
    public void TheBaseline_HoldsItsWeightsAndTiltsWithoutPriors_AssumptionsJsonOnlyItsTwelveStatedExceptions()
    {
        var baseline = HeldAssumptions.Count(ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document);
        var assumptions = HeldAssumptions.Count(ScenarioLoader.Load(Repository.Scenario("assumptions.json")).Document);

        Assert.True(baseline > 60, $"{baseline}");
        Assert.Equal(12, assumptions); // AssumptionsScenarioTests lists them
    }

    [Fact]
    public void ANumberCounts_OnlyWhenItsSourceSaysAssumption_AndItHasNoPrior()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse("""
            {"a": {"value": 1, "source": "assumption"},
             "b": {"value": 2, "source": "paper Table 1; size: Assumption"},
             "c": {"value": 3, "source": "assumption", "prior": {"distribution": "uniform", "min": 0, "max": 4}},
             "d": {"value": 4, "source": "regions.md §2"},
             "e": [{"id": "x", "weight": {"value": 0.5, "source": "assumption"}}],
             "f": {"value": "text", "source": "assumption"}}
            """);

        Assert.Equal(3, HeldAssumptions.Count(document));
    }
}
