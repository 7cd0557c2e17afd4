using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>The record's patterns are read from the scenario, measured against chance, and fail when the model is broken.</summary>
public class PatternChecksTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    private static LoadedScenario Mutated(Action<JsonObject> change)
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        change(document);
        return ScenarioLoader.Parse(document.ToJsonString(), "mutated baseline");
    }

    private static IReadOnlyList<ValidationCheck> Checks(LoadedScenario scenario, int replications = 300)
    {
        var patterns = RecordPatterns.Of(scenario);
        var options = new RunOptions(replications, 5, 2);
        var model = new PatternRecorder(scenario.Model, patterns);
        MonteCarlo.Ensemble(scenario.Model, options, [model]);
        var chanceModel = ChanceScenario.Of(scenario.Model);
        var chance = new PatternRecorder(chanceModel, patterns);
        MonteCarlo.Ensemble(chanceModel, options, [chance]);
        return PatternChecks.Evaluate(scenario.Model, model, chance);
    }

    [Fact]
    public void Baseline_HasFourPatterns_EachAgainstChance()
    {
        var checks = Checks(Baseline);

        Assert.Equal(["pattern.innovationCityExclusions", "pattern.enterpriseCityRejections", "pattern.specialDistrictsPerRegion", "pattern.medicalComplexGrades"],
            checks.Select(c => c.Name));
        // Leaving out 2 given regions of 13 when 10 are designated one each: C(11, 10)/C(13, 10) = 11/286 by lot.
        Assert.InRange(checks[0].Expected, (11.0 / 286) - 0.03, (11.0 / 286) + 0.03);
        // By lot, a region's count does not depend on the record: the correlations average about 0.
        Assert.InRange(checks[2].Expected, -0.05, 0.05);
        Assert.All(checks, c => Assert.NotEqual(CheckStatus.Info, c.Status));
        Assert.Equal(CheckStatus.Pass, checks[2].Status);
        // The criterion shows chance's interval, which the model's lower bound must clear: a check whose interval lies above
        // the expected value (chance's mean) may still fail against it, and the line must say why.
        Assert.All(checks, c => Assert.Matches(@"above chance's, \[-?[0-9.]+, -?[0-9.]+\]; expected: chance", c.Criterion));
    }

    [Fact]
    public void SpecialDistrictsFavouringTheRich_FailTheirPattern()
    {
        // The equity index turned round ("higher" is better): special districts now go to the rich.
        var flipped = Mutated(d =>
        {
            var equity = d["indices"]!.AsArray().OfType<JsonObject>().Single(i => i["id"]!.GetValue<string>() == "equity");
            foreach (var component in equity["components"]!.AsArray())
            {
                component!["direction"] = "higher";
            }
        });

        var check = Checks(flipped).Single(c => c.Name == "pattern.specialDistrictsPerRegion");

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.True(check.Simulated < 0, $"designations should now go against the record: ρ = {check.Simulated}");
    }

    [Fact]
    public void APatternNamingAnUnknownRegion_IsRejectedWithItsPath()
    {
        var bad = Mutated(d => d["patterns"]!["noDesignation"]![0]!["regions"]![1] = "atlantis");

        var error = Assert.Throws<ScenarioException>(() => RecordPatterns.Of(bad));

        Assert.Contains("$.patterns.noDesignation[0].regions[1]", error.Message);
        Assert.Contains("atlantis", error.Message);
    }
}
