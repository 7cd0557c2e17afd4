using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Statistics;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>The chance that designations by lot leave out exactly the record's regions is computed, not drawn: it agrees
/// with counting every sequence of draws, and with the chance scenario the model runs.</summary>
public class DesignationLotteryTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    private static int Programme(string id) => Baseline.Model.Programmes.ToList().FindIndex(p => p.Id == id);

    private static int Region(string id) => Baseline.Model.Regions.ToList().FindIndex(r => r.Id == id);

    // Every sequence of draws, one at a time, each among the regions below their cap, stopping when none is: the plain
    // definition, without the grouping of regions the lottery counts by.
    private static double Enumerated(int[] caps, int draws, IReadOnlyList<int> leftOut)
    {
        double Walk(int[] held, int left)
        {
            var open = Enumerable.Range(0, caps.Length).Where(r => held[r] < caps[r]).ToList();
            if (left == 0 || open.Count == 0)
            {
                return Enumerable.Range(0, caps.Length).All(r => leftOut.Contains(r) ? held[r] == 0 : caps[r] == 0 || held[r] > 0) ? 1.0 : 0.0;
            }
            return open.Sum(r =>
            {
                held[r]++;
                var p = Walk(held, left - 1) / open.Count;
                held[r]--;
                return p;
            });
        }
        return Walk(new int[caps.Length], draws);
    }

    [Fact]
    public void InnovationCities_LeaveOutNoEligibleRegion_AndWithATwelfthOneAnyGivenRegionWithOneChanceIn12()
    {
        var programme = Programme("innovationCities");

        // Eleven sites of one each among the eleven eligible regions (neither Daejeon nor Chungnam is): every one gets a share,
        // so leaving out Chungnam, which could not be designated, is certain, and leaving out an eligible region impossible.
        Assert.Equal(1.0, DesignationLottery.LeaveOutProbability(Baseline.Model, programme, [Region("chungnam")])!.Value, 14);
        Assert.Equal(0.0, DesignationLottery.LeaveOutProbability(Baseline.Model, programme, [Region("jeju")])!.Value);
        Assert.Equal(11, DesignationLottery.Designations(Baseline.Model, programme));

        // With Chungnam eligible again, eleven sites among twelve: exactly one is left out, every region alike.
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["programmes"]!.AsArray().OfType<JsonObject>().Single(p => (string)p["id"]! == "innovationCities")["eligible"]!.AsArray().Add("chungnam");
        var twelve = ScenarioLoader.Parse(document.ToJsonString(), "twelve eligible").Model;
        Assert.Equal(1.0 / 12, DesignationLottery.LeaveOutProbability(twelve, programme, [Region("chungnam")])!.Value, 14);
        Assert.Equal(1.0 / 12, DesignationLottery.LeaveOutProbability(twelve, programme, [Region("jeju")])!.Value, 14);
        Assert.Equal(0.0, DesignationLottery.LeaveOutProbability(twelve, programme, [Region("ulsan"), Region("jeju")])!.Value); // two are never what is left out
    }

    [Fact]
    public void EnterpriseCities_AgreeWithCountingEverySequenceOfDraws_ForEachApplicantLeftOut()
    {
        // Six sites among six applicants with caps 1, 1, 1, 1, 3 and 2 (their applications): the caps make the regions unlike.
        var model = Baseline.Model;
        var programme = Programme("enterpriseCities");
        var caps = Enumerable.Range(0, model.Regions.Count).Select(model.Programmes[programme].CapOf).ToArray();
        var draws = DesignationLottery.Designations(model, programme);
        Assert.Equal(6, draws);

        foreach (var region in Enumerable.Range(0, caps.Length).Where(r => caps[r] > 0))
        {
            var computed = DesignationLottery.LeaveOutProbability(model, programme, [region]);
            Assert.Equal(Enumerated(caps, draws, [region]), computed!.Value, 12);
        }
        Assert.Equal(Enumerated(caps, draws, []), DesignationLottery.LeaveOutProbability(model, programme, [])!.Value, 12);
    }

    [Fact]
    public void TheExactChance_LiesInsideWhatTheChanceScenarioDraws()
    {
        // The model's own lot (the chance scenario), over many replications: the computed figure must be inside its interval.
        var patterns = RecordPatterns.Of(Baseline);
        var chanceModel = ChanceScenario.Of(Baseline.Model);
        var recorder = new PatternRecorder(chanceModel, patterns);
        MonteCarlo.Ensemble(chanceModel, new RunOptions(6000, 17, 2), [recorder]);

        for (var i = 0; i < patterns.NoDesignation.Count; i++)
        {
            var pattern = patterns.NoDesignation[i];
            var exact = DesignationLottery.LeaveOutProbability(Baseline.Model, pattern.Programme, pattern.Regions)!.Value;
            var flags = recorder.LeftOut[i];
            var (low, high) = BinomialInterval.ClopperPearson(flags.Count(f => f), flags.Count);
            Assert.InRange(exact, low, high);
        }
    }

    [Fact]
    public void AProgrammeTheTimelinesRegimeDoesNotRun_DesignatesNothing_SoNoRegionIsEverLeftOutAlone()
    {
        var leeOnly = ScenarioLoader.Load(Repository.Scenario("lee-only.json")).Model;
        var programme = leeOnly.Programmes.ToList().FindIndex(p => p.Id == "innovationCities");

        Assert.Equal(0, DesignationLottery.Designations(leeOnly, programme));
        Assert.Equal(0.0, DesignationLottery.LeaveOutProbability(leeOnly, programme, [Region("daejeon"), Region("chungnam")]));
    }

    [Fact]
    public void WithoutALot_OrWithTooManyWaysToCount_ThereIsNoExactFigure()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        ParameterPath.Parse("programmes[innovationCities].discretion").Write(document, 0.0);
        var best = ScenarioLoader.Parse(document.ToJsonString(), "best site").Model;

        // Discretion 0 gives the best site, the first on ties: no lot to count.
        Assert.Null(DesignationLottery.LeaveOutProbability(best, Programme("innovationCities"), [Region("daejeon"), Region("chungnam")]));
        // Special districts: 152 sites, up to 40 in each of 16 regions.
        Assert.Null(DesignationLottery.LeaveOutProbability(Baseline.Model, Programme("specialDistricts"), [Region("seoul")]));
    }

    [Fact]
    public void APatternWithNoExactChance_IsJudgedAgainstTheDrawnOne_AndSaysSo()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["patterns"]!["noDesignation"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "noSeoulDistrict",
            ["programme"] = "specialDistricts",
            ["regions"] = new JsonArray("seoul"),
            ["source"] = "for the test",
        });
        var scenario = ScenarioLoader.Parse(document.ToJsonString(), "seoul left out");
        var patterns = RecordPatterns.Of(scenario);
        var options = new RunOptions(40, 5, 2);
        var model = new PatternRecorder(scenario.Model, patterns);
        MonteCarlo.Ensemble(scenario.Model, options, [model]);
        var chanceModel = ChanceScenario.Of(scenario.Model);
        var chance = new PatternRecorder(chanceModel, patterns);
        MonteCarlo.Ensemble(chanceModel, options, [chance]);

        var check = PatternChecks.Evaluate(scenario.Model, model, chance).Single(c => c.Name == "pattern.noSeoulDistrict");

        Assert.Contains("(estimated from 40 draws by lot: too many ways to count exactly)", check.Criterion, StringComparison.Ordinal);
        Assert.Contains(", estimated)", check.Description, StringComparison.Ordinal);
    }
}
