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
        // Neither Daejeon (not invited) nor Chungnam (whose share was Sejong) is eligible, and the 11 eligible get the 11
        // designations one each: leaving out none of them is certain, by lot as by the model, so the check cannot apply.
        Assert.Equal((1.0, 1.0), (checks[0].Expected, checks[0].Simulated));
        Assert.Equal(CheckStatus.NotApplicable, checks[0].Status);
        Assert.Contains("leave out no region they could designate (Chungnam (South Chungcheong), also left out in the record, is not eligible)", checks[0].Description, StringComparison.Ordinal);
        Assert.Contains("leave out Gyeongnam (South Gyeongsang) and no other region they could designate, as in the record", checks[1].Description, StringComparison.Ordinal);
        // Gyeongnam alone of the six applicants left out, six sites at most as many each as applied for: 4669/54000 by lot.
        Assert.Equal(4669.0 / 54000, checks[1].Expected, 12);
        Assert.Contains("(chance: 0.0865, exactly)", checks[1].Description, StringComparison.Ordinal);
        // By lot, a region's count does not depend on the record: the correlations average about 0.
        Assert.InRange(checks[2].Expected, -0.05, 0.05);
        Assert.All(checks, c => Assert.NotEqual(CheckStatus.Info, c.Status));
        Assert.Equal(CheckStatus.Pass, checks[2].Status);
        // The criterion shows chance's interval, which the model's lower bound must clear: a check whose interval lies above
        // the expected value (chance's mean) may still fail against it, and the line must say why. Where chance is computed
        // exactly, the criterion says so and gives it.
        Assert.All(checks.Skip(2), c => Assert.Matches(@"above chance's, \[-?[0-9.]+, -?[0-9.]+\]; expected: chance", c.Criterion));
        Assert.All(checks.Take(2), c => Assert.Matches(@"at least 3 times chance, [0-9.]+ \(computed exactly, not drawn\) \(a Bayes factor of 3, as for the record's log score\)", c.Criterion));
        Assert.Equal(checks[1].Status, checks[1].CiLow > 3 * checks[1].Expected ? CheckStatus.Pass : CheckStatus.Fail);
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
    public void WhichApplicantsGotNone_IsTwoSided_AnotherApplicantLeftOutToo_DoesNotCount()
    {
        var model = Baseline.Model;
        var patterns = RecordPatterns.Of(Baseline);
        var recorder = new PatternRecorder(model, patterns);
        var programme = model.Programmes.ToList().FindIndex(p => p.Id == "enterpriseCities");
        int Region(string id) => model.Regions.ToList().FindIndex(r => r.Id == id);
        var outcome = new Core.ReplicationOutcome(model);
        foreach (var (id, count) in new[] { ("gangwon", 1), ("chungbuk", 1), ("chungnam", 0), ("jeonbuk", 1), ("jeonnam", 3), ("gyeongnam", 0) })
        {
            outcome.Designations[(programme * model.Regions.Count) + Region(id)] = count;
        }

        recorder.Observe(0, Core.Regimes.RegimeMode.Timeline, outcome); // Gyeongnam got none, but so did Chungnam
        outcome.Designations[(programme * model.Regions.Count) + Region("chungnam")] = 1;
        recorder.Observe(1, Core.Regimes.RegimeMode.Timeline, outcome); // the record: Gyeongnam alone got none

        var index = patterns.NoDesignation.ToList().FindIndex(p => p.Id == "enterpriseCityRejections");
        Assert.Equal([false, true], recorder.LeftOut[index]);
        Assert.Equal([true, true], recorder.Designated[index]);
    }

    [Theory]
    [InlineData(150, CheckStatus.Fail)] // 0.15 against chance's 0.0865: above it, but a Bayes factor of only 1.7
    [InlineData(400, CheckStatus.Pass)] // 0.40: a factor of 4.6
    public void ARegionLeftOut_IsALikelihood_AndMustBeatChanceByABayesFactorOf3(int leftOutOf1000, CheckStatus expected)
    {
        var patterns = RecordPatterns.Of(Baseline);
        var model = new PatternRecorder(Baseline.Model, patterns);
        var index = patterns.NoDesignation.ToList().FindIndex(p => p.Id == "enterpriseCityRejections");
        for (var i = 0; i < 1000; i++)
        {
            model.LeftOut[index].Add(i < leftOutOf1000);
            model.Designated[index].Add(true);
        }

        var check = PatternChecks.Evaluate(Baseline.Model, model, new PatternRecorder(Baseline.Model, patterns))
            .Single(c => c.Name == "pattern.enterpriseCityRejections");

        Assert.True(check.CiLow > check.Expected, $"the interval should lie above chance: {check.CiLow} against {check.Expected}");
        Assert.Equal(expected, check.Status);
        Assert.Equal(expected == CheckStatus.Fail, check.Criterion.Contains(": higher, but by less than that;", StringComparison.Ordinal));
    }

    [Fact]
    public void APatternChanceAlreadyMakesLikelierThanAThird_IsNotApplicable_NoModelCouldPassIt()
    {
        // One city between Chungnam and Ulsan: by lot Chungnam is left out half the time, and no model can triple that.
        var even = Mutated(d =>
        {
            var cities = d["programmes"]!.AsArray().OfType<JsonObject>().Single(p => (string)p["id"]! == "innovationCities");
            cities["eligible"] = new JsonArray("chungnam", "ulsan");
            cities["designationsPerYear"]!["value"] = 1;
        });

        var check = Checks(even, 60).Single(c => c.Name == "pattern.innovationCityExclusions");

        Assert.Equal(0.5, check.Expected, 12);
        Assert.Equal(CheckStatus.NotApplicable, check.Status);
        Assert.StartsWith("not applicable: by lot the record's pattern already has a probability above 1/3", check.NoteAndCriterion, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternTheInputsMakeCertain_IsNotApplicable_NotAFailureOfTheModel()
    {
        // Chungnam taken off the Innovation Cities' list (Daejeon is not on it): the other eleven get the eleven cities in
        // every replication, by lot as by the model, so leaving out Chungnam says nothing about the model.
        var certain = Mutated(d =>
        {
            var cities = d["programmes"]!.AsArray().OfType<JsonObject>().Single(p => (string)p["id"]! == "innovationCities");
            var eligible = cities["eligible"]!.AsArray();
            foreach (var gone in eligible.Where(r => (string)r! is "chungnam").ToList())
            {
                eligible.Remove(gone);
            }
        });

        var check = Checks(certain, 60).Single(c => c.Name == "pattern.innovationCityExclusions");

        Assert.Equal((1.0, 1.0), (check.Expected, check.Simulated));
        Assert.Equal(CheckStatus.NotApplicable, check.Status);
    }

    [Fact]
    public void APatternDeclaredInSample_IsJudgedButNotCountedAsValidation()
    {
        var declared = Mutated(d => d["patterns"]!["noDesignation"]![0]!["inSample"] = "read into an input, for the test");
        var plain = Mutated(d => d["patterns"]!.AsObject().Remove("designationCounts"));

        var check = Checks(declared, 60).Single(c => c.Name == "pattern.innovationCityExclusions");

        Assert.Equal(CheckKind.InSample, check.Kind);
        Assert.StartsWith("in sample, not counted as validation: read into an input, for the test; ", check.NoteAndCriterion, StringComparison.Ordinal);
        Assert.NotEqual(CheckStatus.Info, check.Status);
        Assert.Equal(CheckKind.Validation, Checks(plain, 60).Single(c => c.Name == "pattern.innovationCityExclusions").Kind);
    }

    [Fact]
    public void APatternWhoseSizedWeightAWhatIfSwitchedOff_IsCountedAsValidation_AndItsRuleSaysWhy()
    {
        using var folder = new Scenarios.ScenarioFolder();
        string Equity(double weight) => folder.Write($"equity-{weight}.json", $$"""
            { "extends": "baseline.json", "name": "equity",
              "programmes": [ { "id": "specialDistricts", "selection": [ { "signal": "equity", "weight": { "value": {{weight}}, "source": "what-if" } } ] } ] }
            """);

        var check = Checks(ScenarioLoader.Load(Equity(0)), 60).Single(c => c.Name == "pattern.specialDistrictsPerRegion");
        var changed = Checks(ScenarioLoader.Load(Equity(0.3)), 60).Single(c => c.Name == "pattern.specialDistrictsPerRegion");

        Assert.Equal(CheckKind.Validation, check.Kind);
        Assert.StartsWith("counted as validation here: programmes[specialDistricts].selection[equity].weight is 0, not the 0.8 it was sized as in ",
            check.NoteAndCriterion, StringComparison.Ordinal);
        Assert.Contains("(in sample there: the special districts' equity weight is sourced from this table", check.NoteAndCriterion, StringComparison.Ordinal);
        Assert.NotEqual(CheckStatus.Info, check.Status);
        // A weight changed but not switched off may still carry the table it was read from.
        Assert.Equal(CheckKind.InSample, changed.Kind);
        Assert.Contains("(still in sample here: programmes[specialDistricts].selection[equity].weight is 0.3, not 0 (it was sized as 0.8 in ", changed.NoteAndCriterion, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternNamingAnUnknownRegion_IsRejectedOnLoading_WithItsPath()
    {
        var error = Assert.Throws<ScenarioException>(() => Mutated(d => d["patterns"]!["noDesignation"]![0]!["regions"]![0] = "atlantis"));

        Assert.Contains("$.patterns.noDesignation[innovationCityExclusions].regions[0]", error.Message);
        Assert.Contains("atlantis", error.Message);
    }
}
