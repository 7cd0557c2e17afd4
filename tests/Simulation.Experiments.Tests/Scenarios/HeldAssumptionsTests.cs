using Simulation.Experiments.Calibration;
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

        Assert.Equal(12, assumptions); // AssumptionsScenarioTests lists them
        // assumptions.json gives a prior to every number the baseline holds as an assumption but those twelve: the priors it
        // has beyond the baseline's are the rest.
        var added = ScenarioPriors.Find(ScenarioLoader.Load(Repository.Scenario("assumptions.json"))).Count
            - ScenarioPriors.Find(ScenarioLoader.Load(Repository.Scenario("baseline.json"))).Count;
        Assert.Equal(added + 12, baseline);
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
             "f": {"value": "text", "source": "assumption"},
             "indices": [{"id": "i", "source": "composition: assumption", "components": [{"attribute": "a", "weight": 0.4}, {"attribute": "b", "weight": {"value": 0.6, "prior": {"distribution": "uniform", "min": 0, "max": 1}}}]},
                         {"id": "j", "source": "regions.md §2", "components": [{"attribute": "a", "weight": 1}]}]}
            """);

        // a, b, e's weight, and index i's first component weight, which carries the index's source and no prior.
        Assert.Equal(4, HeldAssumptions.Count(document));
    }
}
