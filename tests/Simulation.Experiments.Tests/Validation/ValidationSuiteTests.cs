using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>The suite on the baseline passes; the suite on a baseline with a deliberate error fails the check that should
/// catch it. Small replication counts keep each run to a second or two.</summary>
public class ValidationSuiteTests
{
    private const int Replications = 400;

    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    private static ValidationReport Validate(LoadedScenario scenario) =>
        ValidationSuite.Run(scenario, new ValidationOptions(Replications, scenario.Model.Seed, 2));

    private static LoadedScenario Mutated(Action<JsonObject> change) => Mutated(Baseline, change);

    private static LoadedScenario Mutated(LoadedScenario scenario, Action<JsonObject> change)
    {
        var document = (JsonObject)scenario.Document.DeepClone();
        change(document);
        return ScenarioLoader.Parse(document.ToJsonString(), "mutated scenario");
    }

    [Fact]
    public void Baseline_PassesEveryJudgedCheck_ButTheRecordsScore_WhoseVerdictFollowsItsInterval()
    {
        var report = Validate(Baseline);

        // The record's score and its patterns are findings (docs/VALIDATION.md), judged at full size; the rest must pass.
        var failed = report.Failed.Where(f => f.Group is not "score" and not "pattern").ToList();
        Assert.True(failed.Count == 0, string.Join("; ", failed.Select(f => $"{f.Name}: {f.Simulated} [{f.CiLow}, {f.CiHigh}]")));
        Assert.Equal(report.Checks.Count, report.Checks.Select(c => c.Name).Distinct().Count());
        // The equity tilt's per-project rows are parts of the pooled check of the code, not validation of the model.
        var tilt = report.Checks.Where(c => c.Name.StartsWith("regime.equity_tilt", StringComparison.Ordinal)).ToList();
        Assert.True(tilt.Count > 1);
        Assert.All(tilt, c => Assert.Equal(CheckKind.Verification, c.Kind));
        foreach (var group in new[] { "contest", "specialDistricts", "fund", "regime" })
        {
            Assert.Contains(report.Checks, c => c.Group == group && c.Status == CheckStatus.Pass);
        }
        var chance = report.Checks.Single(c => c.Name == "score.record.vs_chance");
        Assert.Equal(chance.CiLow > chance.Expected ? CheckStatus.Pass : CheckStatus.Fail, chance.Status);
        Assert.All(report.Checks.Where(c => c.Group == "history"), c => Assert.Equal(CheckStatus.Info, c.Status));
        Assert.Equal(["model", "chance", "agentsOff", "tiltsOff", "roh", "lee"], report.Scores.Select(s => s.Key));
        // Checks that follow from inputs, or test the code's own direction, are not counted as validation.
        Assert.Equal(CheckKind.Input, report.Checks.Single(c => c.Name == "regime.capital_region_share").Kind);
        Assert.Equal(CheckKind.Input, report.Checks.Single(c => c.Name == "specialDistricts.total").Kind);
        Assert.Equal(CheckKind.Verification, report.Checks.Single(c => c.Name == "regime.equity_tilt").Kind);
        // A pattern an input was read from, or one restating the record's winners, is judged but counted apart (in sample).
        Assert.Equal(CheckKind.InSample, report.Checks.Single(c => c.Name == "pattern.specialDistrictsPerRegion").Kind);
        Assert.Equal(CheckKind.InSample, report.Checks.Single(c => c.Name == "pattern.medicalComplexGrades").Kind);
        Assert.All(report.Checks.Where(c => c.Name is "pattern.innovationCityExclusions" or "pattern.enterpriseCityRejections" or "score.out_of_sample.vs_chance"),
            c => Assert.Equal(CheckKind.Validation, c.Kind));
        // The Medical Complex's outcome is in the account the Lee era's alignment tilt was sized from: the whole record's score
        // is judged but apart, and the judged one scores the other two competitions.
        Assert.Equal(CheckKind.InSample, report.Checks.Single(c => c.Name == "score.record.vs_chance").Kind);
        Assert.Equal(CheckKind.InSample, report.Checks.Single(c => c.Name == "score.medicalComplex.vs_chance").Kind);
        var outOfSample = report.Checks.Single(c => c.Name == "score.out_of_sample.vs_chance");
        Assert.Equal(outOfSample.CiLow > outOfSample.Expected ? CheckStatus.Pass : CheckStatus.Fail, outOfSample.Status);
    }

    [Fact]
    public void TheOutOfSampleScore_IsTheRecordOfTheCompetitionsBeforeTheInSampleOne_WhenThatOneComesLast()
    {
        var report = Validate(Baseline);
        var model = report.Scores.Single(s => s.Key == "model");
        var chance = report.Scores.Single(s => s.Key == "chance");

        Assert.Equal(["maglev", "robotLand"], model.OutOfSample!.Projects);
        // Held to the record or not, a competition after the ones scored changes none of their chances: the estimate is the
        // probability of the first two competitions' winners, the sum of their conditional log scores.
        Assert.Equal(model.Competitions[0].LogScore + model.Competitions[1].LogScore, model.OutOfSample.LogScore, 9);
        Assert.InRange(model.OutOfSample.LogScore, model.OutOfSample.LogLow, model.OutOfSample.LogHigh);
        Assert.Equal(chance.Competitions[0].LogScore + chance.Competitions[1].LogScore, chance.OutOfSample!.LogScore, 12);
        var whole = Validate(Mutated(Baseline, d => d["record"]!.AsArray().OfType<System.Text.Json.Nodes.JsonObject>().ToList().ForEach(c => c.Remove("inSample"))));
        Assert.All(whole.Scores, s => Assert.Null(s.OutOfSample));
        Assert.Equal(CheckKind.Validation, whole.Checks.Single(c => c.Name == "score.record.vs_chance").Kind);
        Assert.DoesNotContain(whole.Checks, c => c.Name.StartsWith("score.out_of_sample", StringComparison.Ordinal));
    }

    [Fact]
    public void AWhatIfThatZeroesTheTiltTheMedicalComplexWasSizedFrom_JudgesTheWholeRecord_AndSaysWhy()
    {
        var report = Validate(ScenarioLoader.Load(Repository.Scenario("lee-tilts-off.json")));

        const string Why = "regimes[lee].tilt[alignment].weight is 0, not the 0.4 it was sized as in ";
        var whole = report.Checks.Single(c => c.Name == "score.record.vs_chance");
        Assert.Equal(CheckKind.Validation, whole.Kind);
        Assert.Equal(whole.CiLow > whole.Expected ? CheckStatus.Pass : CheckStatus.Fail, whole.Status);
        Assert.StartsWith($"counted as validation here: medicalComplex, since {Why}", whole.NoteAndCriterion, StringComparison.Ordinal);
        var entry = report.Checks.Single(c => c.Name == "score.medicalComplex.vs_chance");
        Assert.Equal(CheckKind.Validation, entry.Kind);
        Assert.StartsWith($"counted as validation here: {Why}", entry.NoteAndCriterion, StringComparison.Ordinal);
        Assert.Contains("(in sample there: the Lee era's alignment tilt was sized from the paper's account of Daegu", entry.NoteAndCriterion, StringComparison.Ordinal);
        // Nothing left in sample: no part of the record is scored apart.
        Assert.DoesNotContain(report.Checks, c => c.Name.StartsWith("score.out_of_sample", StringComparison.Ordinal));
        Assert.All(report.Scores, s => Assert.Null(s.OutOfSample));
        Assert.StartsWith($"medicalComplex, since {Why}", Assert.Single(report.CountedAsValidation!), StringComparison.Ordinal);
        // The special districts' weight, which the what-if leaves, keeps their pattern in sample.
        Assert.Equal(CheckKind.InSample, report.Checks.Single(c => c.Name == "pattern.specialDistrictsPerRegion").Kind);
        Assert.Empty(Validate(Baseline).CountedAsValidation!);
    }

    [Fact]
    public void AWhatIfThatPushesTheSizedTiltFurther_KeepsTheMedicalComplexInSample_AndSaysWhy()
    {
        // Raising the tilt the Medical Complex's outcome sized (0.4) further the same way makes the outcome likelier; it
        // must not thereby count as validation.
        using var folder = new ScenarioFolder();
        var path = folder.Write("raised.json", """
            { "extends": "baseline.json", "name": "raised",
              "regimes": [ { "id": "lee", "tilt": [ { "signal": "alignment", "weight": { "value": 1.5, "source": "what-if" } } ] } ] }
            """);

        var report = Validate(ScenarioLoader.Load(path));

        Assert.Empty(report.CountedAsValidation!);
        Assert.Equal(CheckKind.InSample, report.Checks.Single(c => c.Name == "score.record.vs_chance").Kind);
        var entry = report.Checks.Single(c => c.Name == "score.medicalComplex.vs_chance");
        Assert.Equal(CheckKind.InSample, entry.Kind);
        Assert.Contains("(still in sample here: regimes[lee].tilt[alignment].weight is 1.5, not 0 (it was sized as 0.4 in ", entry.NoteAndCriterion, StringComparison.Ordinal);
        Assert.Equal(["maglev", "robotLand"], report.Scores.Single(s => s.Key == "model").OutOfSample!.Projects);
    }

    [Fact]
    public void TheRanksChanceReference_DividesByTheRecordsBids_NotTheCandidateRegions()
    {
        var report = Validate(Baseline);

        foreach (var competition in HistoricalRecord.Of(Baseline))
        {
            var project = Baseline.Model.Projects.Single(p => p.Id == competition.Project);
            var top = project.Winners + 1;
            var chance = Math.Min(1.0, (double)top / competition.Bids).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            var candidates = project.CandidatesAmong(Baseline.Model.Regions.Count).Count;
            foreach (var winner in competition.Winners)
            {
                var rank = report.Checks.Single(c => c.Name == $"history.{competition.Project}.{winner}.rank");
                Assert.Contains($"chance among the record's {competition.Bids} real bids (not the {candidates} candidate regions), as a random order of them, reaches rank ≤ k + 1 = {top} "
                    + $"with probability (k + 1)/B = {chance};", rank.Criterion, StringComparison.Ordinal);
            }
        }
        // Robot Land and the Medical Complex: 10 real bids, among 12 and 14 candidate regions, so 3/10.
        Assert.Contains("= 0.3;", report.Checks.Single(c => c.Name == "history.medicalComplex.daegu.rank").Criterion, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_IsTheSameWhateverTheThreadCount()
    {
        var one = ValidationSuite.Run(Baseline, new ValidationOptions(120, 7, 1));
        var three = ValidationSuite.Run(Baseline, new ValidationOptions(120, 7, 3));

        Assert.Equal(one.Checks, three.Checks);
    }

    [Fact]
    public void EquityIndexWithTheWrongSign_FailsTheRegimeChecks()
    {
        // "lower is better" turned round: the equity index now rewards the rich.
        var flipped = Mutated(d =>
        {
            foreach (var component in Equity(d)["components"]!.AsArray())
            {
                component!["direction"] = "higher";
            }
        });

        var report = Validate(flipped);

        Assert.False(report.Passed);
        var pooled = report.Checks.Single(c => c.Name == "regime.equity_tilt");
        Assert.Equal(CheckStatus.Fail, pooled.Status);
        Assert.True(pooled.CiHigh < 0, $"the tilt should now work against the poorest: {pooled.Simulated} [{pooled.CiLow}, {pooled.CiHigh}]");
        var projects = report.Checks.Where(c => c.Name.StartsWith("regime.equity_tilt.", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, projects.Count);
        Assert.All(projects, c => Assert.True(c.Simulated < 0, $"{c.Name}: {c.Simulated}"));
    }

    [Fact]
    public void RegimeWithItsEquityTiltAt0_HasTheEquityTiltCheckNotApplicable_SayingThereIsNoTiltToTest()
    {
        var report = Validate(Mutated(d => ParameterPath.Parse("regimes[roh].tilt[equity].weight").Write(d, 0.0)));

        var pooled = report.Checks.Single(c => c.Name == "regime.equity_tilt");
        Assert.Equal(CheckStatus.NotApplicable, pooled.Status);
        Assert.StartsWith("not applicable: no equity tilt to test; otherwise ", pooled.Criterion, StringComparison.Ordinal);
        Assert.Contains("regimes[roh].tilt[equity].weight is 0 or absent", pooled.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Checks, c => c.Name.StartsWith("regime.equity_tilt.", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Failed, c => c.Group == "regime");
    }

    [Fact]
    public void AWhatIfWithEveryRegimeTiltAt0_HasNoFailedRegimeCheck()
    {
        // The repro: a what-if extending the baseline that sets every regime tilt weight to 0 reported "0.558 vs 0.558 ... FAIL".
        using var folder = new ScenarioFolder();
        var regimes = new JsonArray([.. Baseline.Model.Regimes.Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Id,
            ["tilt"] = new JsonArray([.. Baseline.Document["regimes"]!.AsArray().Single(x => (string)x!["id"]! == r.Id)!["tilt"]!.AsArray()
                .Select(t => (JsonNode)new JsonObject { ["signal"] = (string)t!["signal"]!, ["weight"] = new JsonObject { ["value"] = 0.0, ["source"] = "what-if" } })]),
        })]);
        var path = folder.Write("no-tilts.json", new JsonObject { ["extends"] = "baseline.json", ["name"] = "no-tilts", ["regimes"] = regimes }.ToJsonString());

        var report = Validate(ScenarioLoader.Load(path));

        Assert.Equal(CheckStatus.NotApplicable, report.Checks.Single(c => c.Name == "regime.equity_tilt").Status);
        Assert.DoesNotContain(report.Failed, c => c.Group == "regime");
    }

    [Fact]
    public void AnEquityMindedRegimeWithNoEquityTiltAtAll_HasTheEquityTiltCheckNotApplicable_AsWithATiltOf0()
    {
        var report = Validate(Mutated(d =>
        {
            var tilt = d["regimes"]!.AsArray().Single(r => (string)r!["id"]! == "roh")!["tilt"]!.AsArray();
            tilt.Remove(tilt.Single(c => (string)c!["signal"]! == "equity"));
        }));

        var pooled = report.Checks.Single(c => c.Name == "regime.equity_tilt");
        Assert.Equal(CheckStatus.NotApplicable, pooled.Status); // to the model, no tilt and a tilt of 0 are the same
        Assert.Contains("regimes[roh].tilt[equity].weight", pooled.Description, StringComparison.Ordinal);
        // The roles row warns that the first counterfactual now weighs equity less than the second.
        Assert.StartsWith("WARNING", report.Checks.Single(c => c.Name == "regime.roles").Criterion, StringComparison.Ordinal);
    }

    [Fact]
    public void FundGrowingAtTheWrongRate_FailsTheFundChecks()
    {
        var report = Validate(Mutated(d => ParameterPath.Parse("nationalFund.growthRatePerYear").Write(d, 0.09)));

        Assert.Equal(CheckStatus.Pass, report.Checks.Single(c => c.Name == "fund.2004").Status);
        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Name == "fund.2005").Status);
        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Name == "fund.growth_rate").Status);
        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Name == "fund.spent_roh").Status);
    }

    [Fact]
    public void ACategoryTheScenarioLacks_IsNotApplicable_NeverAFailure_AndTheRecordsFiguresAreItsData()
    {
        var withoutCategory = Validate(Mutated(d =>
        {
            var programme = d["programmes"]!.AsArray().OfType<JsonObject>().Single(p => (string?)p["id"] == "specialDistricts");
            var categories = programme["categories"]!.AsArray();
            categories.Remove(categories.OfType<JsonObject>().Single(c => (string?)c["id"] == "medicalHealth"));
        }));
        var medical = withoutCategory.Checks.Single(c => c.Name == "specialDistricts.medicalHealth");
        Assert.Equal(CheckStatus.NotApplicable, medical.Status);
        Assert.StartsWith("not applicable:", medical.Criterion, StringComparison.Ordinal);
        Assert.DoesNotContain(withoutCategory.Checks, c => c.Group == "specialDistricts" && c.Status == CheckStatus.Fail);

        // The record's figures are the scenario's data: a period past the horizon is refused, naming where it is written.
        var late = Assert.Throws<ScenarioException>(() => Mutated(d => d["patterns"]!["realisation"]![0]!["toYear"] = 2030));
        Assert.Contains(late.Problems, p => p.JsonPath == "$.patterns.realisation[specialDistrictInvestment].toYear" || p.JsonPath == "$.patterns.realisation[0].toYear");
        // Without the pattern there is nothing to hold the model against, and no check.
        var withoutRecord = Validate(Mutated(d => d["patterns"]!.AsObject().Remove("realisation")));
        Assert.DoesNotContain(withoutRecord.Checks, c => c.Group == SpecialDistrictChecks.Group);
    }

    [Fact]
    public void SpecialDistrictsThatAlmostAlwaysStall_FailTheTotalCheck()
    {
        var report = Validate(Mutated(d => ParameterPath.Parse("programmes[specialDistricts].delivery.stall.intercept").Write(d, 4.0)));

        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Name == "specialDistricts.total").Status);
        Assert.True(report.Checks.Single(c => c.Name == "specialDistricts.total").Simulated < 0.2);
    }

    [Fact]
    public void HistoricalWinnerMadeUnattractive_ScoresItsCompetitionBelowChance()
    {
        // The what-if that makes Incheon the favourite (route appropriateness read as gateway volume), then a heavy weight on
        // equity in it: Incheon, the richest of the four bidders, is now an unlikely winner, and the score says so.
        var whatIf = ScenarioLoader.Load(Repository.Scenario("maglev-gateway.json"));
        var favoured = Validate(whatIf).Checks.Single(c => c.Name == "score.maglev.vs_chance");
        var report = Validate(Mutated(whatIf, d => ParameterPath.Parse("regimes[roh].tilt[equity].weight").Write(d, 3.0)));

        var maglev = report.Checks.Single(c => c.Name == "score.maglev.vs_chance");
        Assert.True(favoured.CiLow > favoured.Expected, $"the what-if should score the Maglev record above chance: {favoured.Simulated}");
        Assert.True(maglev.CiHigh < maglev.Expected, $"the model should now score the Maglev record below chance: {maglev.Simulated} against {maglev.Expected}");
        Assert.Equal(CheckStatus.Fail, report.Checks.Single(c => c.Name == "score.record.vs_chance").Status);
        Assert.True(report.Checks.Single(c => c.Name == "history.maglev.incheon.rank").Simulated > 2);
    }

    [Fact]
    public void MaglevGatewayWhatIf_ReadingRouteAppropriatenessAsGatewayVolume_AloneMakesIncheonTheFavourite()
    {
        // The baseline leaves the call's largest item unmodelled; the what-if reads it as gateway volume, which mirrors the
        // winner's own airport-line bid. docs/VALIDATION.md says this one reading is what would put the Maglev line above chance.
        var whatIf = Validate(ScenarioLoader.Load(Repository.Scenario("maglev-gateway.json")));
        var baseline = Validate(Baseline);

        var withGateway = whatIf.Checks.Single(c => c.Name == "score.maglev.vs_chance");
        var without = baseline.Checks.Single(c => c.Name == "score.maglev.vs_chance");
        Assert.True(withGateway.CiLow > withGateway.Expected, $"with the gateway reading Incheon should beat chance: {withGateway.Simulated} against {withGateway.Expected}");
        Assert.True(without.CiHigh < withGateway.CiLow, $"without it the Maglev record should be less likely: {without.Simulated} against {withGateway.Simulated}");
        Assert.Equal(1.0, whatIf.Checks.Single(c => c.Name == "history.maglev.incheon.rank").Simulated);
        // That weight was chosen knowing who won: the what-if declares the Maglev record in sample, so its fit is scored
        // apart and the judged score is Robot Land's alone.
        Assert.Equal(CheckKind.InSample, withGateway.Kind);
        Assert.Equal(CheckKind.Validation, without.Kind);
        Assert.Equal(["robotLand"], whatIf.Scores.Single(s => s.Key == "model").OutOfSample!.Projects);
    }

    [Fact]
    public void LeeTiltsOffWhatIf_TakesAwayDaegusEdge_AndWeakensTheGradesFit_AsVALIDATIONSays()
    {
        // docs/VALIDATION.md: Daegu's Medical Complex chance and much of the grades' fit rest on the Lee regime's assumed
        // alignment and joint-bid tilts; without them Daegu's chance falls to about 0.1 and τ-b to about 0.10, above chance.
        var document = File.ReadAllText(Path.Combine(Repository.Root, "docs", "VALIDATION.md"));
        Assert.Matches(@"Daegu's chance falls to\s+about 0\.1, Chungbuk's doubles \(to about 0\.07\), the grades' τ-b drops to about 0\.10", document);
        var whatIf = Validate(ScenarioLoader.Load(Repository.Scenario("lee-tilts-off.json")));
        var baseline = Validate(Baseline);
        double Value(ValidationReport r, string name) => r.Checks.Single(c => c.Name == name).Simulated;

        Assert.InRange(Value(baseline, "history.medicalComplex.daegu.win_probability"), 0.28, 0.40);
        Assert.InRange(Value(whatIf, "history.medicalComplex.daegu.win_probability"), 0.05, 0.16);
        Assert.InRange(Value(whatIf, "history.medicalComplex.chungbuk.win_probability"), 0.05, 0.12);
        var grades = whatIf.Checks.Single(c => c.Name == "pattern.medicalComplexGrades");
        Assert.True(grades.Simulated < Value(baseline, "pattern.medicalComplexGrades") - 0.08, $"τ-b {grades.Simulated}");
        Assert.True(grades.CiLow > grades.Expected, "the grades' fit stays above chance");
        Assert.True(Value(whatIf, "score.medicalComplex.vs_chance") < Value(baseline, "score.medicalComplex.vs_chance"));
        // Either tilt alone does about as much as the other, which is why the record's inSample names both.
        Assert.Matches(@"either tilt alone does about as much\s+as the other \(Daegu about 0\.21 with only the joint-bid tilt at 0, about 0\.19 with only the alignment tilt at 0\)", document);
        foreach (var signal in new[] { "jointBid", "alignment" })
        {
            var one = Validate(Mutated(d => d["regimes"]!.AsArray().Single(r => (string?)r!["id"] == "lee")!["tilt"]!.AsArray()
                .Single(t => (string?)t!["signal"] == signal)!["weight"]!["value"] = 0.0));
            Assert.InRange(Value(one, "history.medicalComplex.daegu.win_probability"), 0.14, 0.26);
        }
    }

    [Fact]
    public void ScenarioWithoutTheHistoricalProjects_IsRefusedOnLoading_NamingTheRecordsEntry()
    {
        var error = Assert.Throws<ScenarioException>(() => Mutated(d => d["projects"] = new JsonArray(d["projects"]!.AsArray()[0]!.DeepClone())));

        Assert.Contains("$.record[robotLand].project: no project 'robotLand' in the scenario", error.Message);
    }

    [Fact]
    public void ScenarioWithoutARecord_HasTheRecordsChecksNotApplicable_WithAReason()
    {
        var report = Validate(Mutated(d => d.Remove("record")));

        var missing = report.Checks.Single(c => c.Name == "history.missing");
        Assert.Equal(CheckStatus.NotApplicable, missing.Status);
        Assert.Contains("no historical record", missing.Description);
        Assert.DoesNotContain(report.Checks, c => c.Group == "score");
    }

    [Fact]
    public void AWhatIfThatDropsARecordedWinnersBid_Runs_AndValidateSaysWhyTheRecordCannotBeScored()
    {
        // What if Chungbuk had not bid for the Medical Complex: the scenario loads (a run needs no record), and the record,
        // where Chungbuk won, cannot score it.
        var whatIf = Mutated(d =>
        {
            var complex = d["projects"]!.AsArray().OfType<JsonObject>().Single(p => (string?)p["id"] == "medicalComplex");
            complex["candidates"] = new JsonArray([.. complex["candidates"]!.AsArray().Select(c => (string)c!).Where(c => c != "chungbuk").Select(c => JsonValue.Create(c))]);
        });

        var report = Validate(whatIf);

        var missing = report.Checks.Single(c => c.Name == "history.missing");
        Assert.Equal(CheckStatus.NotApplicable, missing.Status);
        Assert.Contains("'chungbuk' won in the record but is no candidate of the scenario's 'medicalComplex'", missing.Description);
    }

    [Fact]
    public void AProjectTheRecordLacks_IsNamedAsRunButNotScored()
    {
        var report = Validate(Mutated(d =>
        {
            var copy = d["projects"]![0]!.DeepClone().AsObject();
            copy["id"] = "secondLine";
            copy["year"] = 2011;
            d["projects"]!.AsArray().Add(copy);
        }));

        var unrecorded = report.Checks.Single(c => c.Name == "history.unrecorded");
        Assert.Equal(CheckStatus.Info, unrecorded.Status);
        Assert.Contains("secondLine", unrecorded.Description);
        Assert.DoesNotContain(report.Checks, c => c.Name.StartsWith("score.secondLine", StringComparison.Ordinal));
    }

    private static JsonObject Equity(JsonObject document) =>
        document["indices"]!.AsArray().OfType<JsonObject>().Single(i => i["id"]!.GetValue<string>() == "equity");
}
