using System.Text.Json.Nodes;
using Simulation.Core.Regimes;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Scenarios;

public class ModelReadsTests
{
    private static bool IsContainerValue(Prior p) => p.Path.Text.EndsWith(".values.containerTeu2006", StringComparison.Ordinal);

    [Fact]
    public void CalibrationScenario_ReadsEveryPrior_ButTheContainerVolumes_WhichFeedOnlyTheGatewayIndexNothingWeighs()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("calibration.json"));
        var priors = ScenarioPriors.Find(scenario);

        var reads = PriorReads.Of(scenario, priors, RegimeMode.Timeline);

        Assert.Contains(priors, IsContainerValue);
        Assert.All(priors.Select((p, j) => (p, j)), x => Assert.Equal(!IsContainerValue(x.p), reads.IsRead(x.j)));
        Assert.All(reads.Unread.OfType<string>(), why => Assert.Contains("feeds only the index 'gateway'", why, StringComparison.Ordinal));
        Assert.Equal(priors.Count - priors.Count(IsContainerValue), reads.ReadCount);
    }

    [Fact]
    public void AParameterCalledUnread_ChangesNoResult_AcrossItsWholePrior()
    {
        // The claim checked against the model itself: every prior called unread at its min, then all at their max, give the
        // same bytes in every mode of a run, while one read prior moved the same way does not.
        var scenario = ScenarioLoader.Load(Repository.Scenario("calibration.json"));
        var priors = ScenarioPriors.Find(scenario);
        var reads = PriorReads.Of(scenario, priors, RegimeMode.Timeline);
        var unread = priors.Where((_, j) => !reads.IsRead(j)).ToList();
        Assert.NotEmpty(unread);

        RunResult RunWith(IEnumerable<Prior> moved, bool upper)
        {
            var document = scenario.Document.DeepClone().AsObject();
            foreach (var prior in moved)
            {
                prior.Path.Write(document, upper ? prior.Max : prior.Min);
            }
            return MonteCarlo.Run(ScenarioLoader.Parse(document.ToJsonString(), "moved").Model, new RunOptions(40, 11, 2));
        }
        var (low, high) = (RunWith(unread, false), RunWith(unread, true));
        Assert.Equal(low.Summaries, high.Summaries);
        Assert.Equal(low.WinProbabilities, high.WinProbabilities);

        var read = priors.First(p => p.Path.Text.EndsWith(".values.fiscalSelfReliance", StringComparison.Ordinal));
        Assert.NotEqual(RunWith([read], false).WinProbabilities, RunWith([read], true).WinProbabilities);
    }

    [Fact]
    public void ACriterionThatWeighsTheIndex_MakesItsAttributesRead()
    {
        // The Maglev call read as gateway volume weighs the gateway index, so the container volumes it is built from count.
        var scenario = ScenarioLoader.Load(Repository.Scenario("maglev-gateway.json"));
        var reads = ModelReads.Of(scenario, [RegimeMode.Timeline]);

        Assert.Null(reads.Unread(ParameterPath.Parse("regions[jeonbuk].values.containerTeu2006")));
        Assert.Null(reads.Unread(ParameterPath.Parse("indices[gateway].components[1].weight")));
    }

    [Fact]
    public void ARegimeNeverInForce_ItsProgrammesAndTheAlignmentOnlyItReads_AreUnreadInThatMode_AndReadWhereItRules()
    {
        // The Lee regime held throughout: the Roh regime is never in force, its programmes (Innovation and Enterprise Cities)
        // never run, and the Roh-era vote share, which only the Roh regime's alignment reads, is read by nothing.
        var scenario = Edited("calibration.json", d =>
        {
            d["timeline"] = JsonNode.Parse("""[ { "regime": "lee", "fromYear": 2003, "toYear": 2015, "source": "test" } ]""");
            d["counterfactuals"] = new JsonArray();
        });
        var timeline = ModelReads.Of(scenario, [RegimeMode.Timeline]);
        var roh = ModelReads.Of(scenario, [RegimeMode.Counterfactual("roh", scenario.Model.Regimes.ToList().FindIndex(r => r.Id == "roh"))]);

        string? Why(ModelReads reads, string path) => reads.Unread(ParameterPath.Parse(path));
        Assert.Contains("the regime 'roh' is never in force", Why(timeline, "regimes[roh].tilt[equity].weight"), StringComparison.Ordinal);
        Assert.Contains("the programme 'innovationCities'", Why(timeline, "programmes[innovationCities].delivery.lagYears"), StringComparison.Ordinal);
        Assert.Contains("'voteShareRoh2002'", Why(timeline, "regions[gwangju].values.voteShareRoh2002"), StringComparison.Ordinal);
        Assert.Null(Why(timeline, "regimes[lee].tilt[alignment].weight"));
        Assert.Null(Why(timeline, "regions[gwangju].values.voteShareLee2007"));
        Assert.Null(Why(timeline, "programmes[specialDistricts].delivery.spread"));

        Assert.Null(Why(roh, "regimes[roh].tilt[equity].weight"));
        Assert.Null(Why(roh, "programmes[innovationCities].delivery.lagYears"));
        Assert.Null(Why(roh, "regions[gwangju].values.voteShareRoh2002"));
        Assert.Contains("'voteShareLee2007'", Why(roh, "regions[gwangju].values.voteShareLee2007"), StringComparison.Ordinal);
    }

    [Fact]
    public void ARegimeInForceOnlyInYearsWithoutACompetition_JudgesNone_SoItsTiltIsUnread_ButItsFundIsRead()
    {
        // Competitions in 2007 and 2009 only: a third regime in force 2010-2015 shares out its fund but judges nothing.
        var scenario = Edited("calibration.json", d =>
        {
            var late = d["regimes"]!.AsArray().First(r => r!["id"]!.GetValue<string>() == "lee")!.DeepClone().AsObject();
            late["id"] = "late";
            late["name"] = "A late regime";
            d["regimes"]!.AsArray().Add(late);
            d["timeline"] = JsonNode.Parse("""
                [ { "regime": "roh", "fromYear": 2003, "toYear": 2007, "source": "test" },
                  { "regime": "lee", "fromYear": 2008, "toYear": 2009, "source": "test" },
                  { "regime": "late", "fromYear": 2010, "toYear": 2015, "source": "test" } ]
                """);
        });
        var reads = ModelReads.Of(scenario, [RegimeMode.Timeline]);

        Assert.Contains("the regime 'late' judges no competition", reads.Unread(ParameterPath.Parse("regimes[late].tilt[capacity].weight")), StringComparison.Ordinal);
        Assert.Null(reads.Unread(ParameterPath.Parse("regimes[late].fund.shareOfPath")));
        Assert.Null(reads.Unread(ParameterPath.Parse("regimes[lee].tilt[capacity].weight")));
    }

    [Fact]
    public void UnderTheTullockRule_EffortWeightsAreUnread_WhereNoScoredRegimeJudges_AndTheLoaderSaysSo()
    {
        // The Lee era selects by the Tullock rule: it judges the Medical Complex (2009); the Roh era, scored, the other two (2007).
        var scenario = Edited("baseline.json", d => d["regimes"]!.AsArray().First(r => r!["id"]!.GetValue<string>() == "lee")!["selection"]!["rule"] = "tullock");
        var timeline = ModelReads.Of(scenario, [RegimeMode.Timeline]);
        var modes = ModelReads.Of(scenario, scenario.Model.Modes());

        Assert.Contains("every regime that judges 'medicalComplex' selects by the tullock rule", timeline.Unread(ParameterPath.Parse("projects[medicalComplex].criteria[effort].weight")), StringComparison.Ordinal);
        Assert.Contains("the regime 'lee' selects by the tullock rule", timeline.Unread(ParameterPath.Parse("regimes[lee].tilt[effort].weight")), StringComparison.Ordinal);
        Assert.Null(timeline.Unread(ParameterPath.Parse("projects[maglev].criteria[effort].weight")));
        Assert.Null(timeline.Unread(ParameterPath.Parse("regimes[roh].tilt[effort].weight")));
        Assert.Null(timeline.Unread(ParameterPath.Parse("projects[medicalComplex].criteria[research].weight")));
        // The Roh counterfactual judges the Medical Complex by the scored rule: over every mode its effort weight is read.
        Assert.Null(modes.Unread(ParameterPath.Parse("projects[medicalComplex].criteria[effort].weight")));
        Assert.DoesNotContain(modes.SilentLimits(), n => n.Contains("effort criterion", StringComparison.Ordinal));

        var everywhere = Edited("baseline.json", d =>
        {
            foreach (var regime in d["regimes"]!.AsArray())
            {
                regime!["selection"]!["rule"] = "tullock";
            }
        });
        Assert.Contains(ModelReads.Of(everywhere, everywhere.Model.Modes()).SilentLimits(), n => n.StartsWith("every regime that judges 'maglev' selects by the tullock rule, so its effort criterion's weight changes no result", StringComparison.Ordinal));
    }

    [Fact]
    public void AProgrammeAskingForMoreDesignationsThanItsRegionsCanTake_IsNoted()
    {
        var capped = Edited("baseline.json", d => d["programmes"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == "specialDistricts")!["maxPerRegion"] = 1);

        Assert.Contains("the programme 'specialDistricts' asks for 152 designations over its years, but its eligible regions can take only 16 "
            + "(maxPerRegion, applications), so it makes at most 16", ModelReads.Of(capped, capped.Model.Modes()).SilentLimits());
        Assert.DoesNotContain(ScenarioLoader.Load(Repository.Scenario("baseline.json")).Notes, n => n.Contains("asks for about", StringComparison.Ordinal));
    }

    [Fact]
    public void AProgrammeTheTimelinesRegimesNeverRunInItsYears_IsNoted_AsDesignatingOnlyInACounterfactual()
    {
        // Innovation Cities moved to 2009-2010, when the Lee era, which does not run them, is in force: only the Roh
        // counterfactual designates them.
        var late = Edited("baseline.json", d => d["programmes"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == "innovationCities")!["years"] = new JsonArray(2009, 2010));
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

        Assert.Contains("in the timeline the programme 'innovationCities' makes no designations: no regime that runs it is in force in its years (2009, 2010), "
            + "so it designates only where a regime is held throughout", ModelReads.Of(late, late.Model.Modes()).SilentLimits());
        Assert.DoesNotContain(ModelReads.Of(baseline, baseline.Model.Modes()).SilentLimits(), n => n.StartsWith("in the timeline", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentence_CountsTheParameters_AndNamesThePlacebosWithWhy()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("calibration.json"));
        var priors = ScenarioPriors.Find(scenario);
        var reads = PriorReads.Of(scenario, priors, RegimeMode.Timeline);
        var placebos = priors.Count(IsContainerValue);

        var sentence = reads.Sentence(name => $"`{name}`");

        Assert.StartsWith($"{priors.Count} uncertain parameters, of which {priors.Count - placebos} the model reads under the historical timeline; "
            + $"{placebos} are not read (placebos): `regions[", sentence, StringComparison.Ordinal);
        Assert.Contains("(the attribute 'containerTeu2006' feeds only the index 'gateway'", sentence, StringComparison.Ordinal);
        var gateway = ScenarioLoader.Load(Repository.Scenario("maglev-gateway.json"));
        var all = ScenarioPriors.Find(gateway);
        Assert.Equal($"{all.Count} uncertain parameters, all read by the model under the historical timeline.",
            PriorReads.Of(gateway, all, RegimeMode.Timeline).Sentence(name => name));
    }

    private static LoadedScenario Edited(string name, Action<JsonObject> edit)
    {
        var document = ScenarioLoader.Load(Repository.Scenario(name)).Document.DeepClone().AsObject();
        edit(document);
        return ScenarioLoader.Parse(document.ToJsonString(), $"edited {name}");
    }
}
