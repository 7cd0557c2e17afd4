using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Scoring;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Scoring;

/// <summary>The record's likelihood against cases with a closed form, and against plain counting where there is none.</summary>
public class RecordLikelihoodTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    private static HistoricalCompetition Won(params string[] winners) => new("prize", winners, winners, 2000, 4, "test");

    private static RecordScore Estimate(Core.Scenario scenario, HistoricalCompetition competition, int replications = 50) =>
        RecordLikelihood.Estimate(scenario, [competition], RegimeMode.Timeline, new RunOptions(replications, 3, 2), "model", "test");

    [Fact]
    public void SymmetricContest_GivesEachRegionOneChanceInN()
    {
        var score = Estimate(ContestScenario.Symmetric(4, 100, 1), Won("r2"));

        Assert.Equal(Math.Log(0.25), score.LogScore, 9);
        Assert.Equal(score.LogScore, score.Competitions.Single().LogScore, 12);
        Assert.True(score.Exact);
    }

    [Fact]
    public void AsymmetricTullockContest_GivesTheRegionThatValuesThePrizeMore_ItsShareOfTheValues()
    {
        // Baik (1994), r = 1: x_i ∝ V_i at equilibrium, so P(1) = x1/(x1 + x2) = V1/(V1 + V2) = 100/150.
        var score = Estimate(ContestScenario.Tullock(100, 1, 1.0, 0.5), Won("r0"));

        Assert.Equal(2.0 / 3.0, Math.Exp(score.LogScore), 2);
    }

    [Fact]
    public void TwoWinners_GiveAGivenPairOneChanceInCn2()
    {
        var scenario = ContestScenario.Symmetric(4, 100, 1);
        scenario = scenario with { Projects = [scenario.Projects[0] with { Winners = 2 }] };

        var score = Estimate(scenario, Won("r0", "r3"));

        Assert.Equal(Math.Log(1.0 / 6.0), score.LogScore, 9);
        // Sets of winners: six pairs of 1/6 each, the record's one counted apart: (5/6)² + 5 · (1/6)² = 5/6.
        Assert.Equal(5.0 / 6.0, score.Competitions.Single().Brier, 9);
    }

    [Fact]
    public void ARegionThatNeverBids_MakesTheRecordImpossible()
    {
        var scenario = ContestScenario.Symmetric(4, 100, 1);
        scenario = scenario with { Projects = [scenario.Projects[0] with { Candidates = [0, 1, 2] }] };

        var score = Estimate(scenario, Won("r3"));

        Assert.Equal(double.NegativeInfinity, score.LogScore);
    }

    [Fact]
    public void OnTheBaseline_TheFirstCompetitionsProbability_AgreesWithCountingItsWins()
    {
        var record = HistoricalRecord.Of(Baseline);
        var options = new RunOptions(1500, 11, 2);

        var score = RecordLikelihood.Estimate(Baseline.Model, record, RegimeMode.Timeline, options, "model", "test");
        var counter = new HistoricalOutcomeCounter(Baseline.Model, record);
        MonteCarlo.Run(Baseline.Model, options with { Replications = 6000, Seed = 12 }, [counter]);

        var counted = counter.Matches(0) / (double)counter.Replications;
        var se = Math.Sqrt(counted * (1 - counted) / counter.Replications);
        var first = score.Competitions[0];
        Assert.Equal("maglev", first.Project);
        Assert.InRange(first.Probability, counted - (4 * se), counted + (4 * se));
        Assert.True(first.LogHigh - first.LogLow < 0.1, $"the estimate should be tight: [{first.LogLow}, {first.LogHigh}]");
        Assert.Equal(score.LogScore, score.Competitions.Sum(c => c.LogScore), 9);
    }

    [Fact]
    public void Estimate_IsTheSameWhateverTheThreadCount()
    {
        var record = HistoricalRecord.Of(Baseline);

        var one = RecordLikelihood.Estimate(Baseline.Model, record, RegimeMode.Timeline, new RunOptions(130, 5, 1), "model", "test");
        var three = RecordLikelihood.Estimate(Baseline.Model, record, RegimeMode.Timeline, new RunOptions(130, 5, 3), "model", "test");

        Assert.Equal(one.Competitions, three.Competitions);
        Assert.Equal(one.LogScore, three.LogScore);
    }

    [Fact]
    public void LikelihoodOnly_GivesTheSameLogScoresBitForBit_AndNoBrier()
    {
        var record = HistoricalRecord.Of(Baseline);
        var options = new RunOptions(130, 5, 2);

        var both = RecordLikelihood.Estimate(Baseline.Model, record, RegimeMode.Timeline, options, "model", "test");
        var likelihood = RecordLikelihood.Estimate(Baseline.Model, record, RegimeMode.Timeline, options, "model", "test", default, ScoreParts.LikelihoodOnly);

        Assert.Equal(both.Competitions.Select(c => c with { Brier = double.NaN }), likelihood.Competitions);
        Assert.All(both.Competitions, c => Assert.InRange(c.Brier, 0.0, 2.0));
        Assert.Equal(BitConverter.DoubleToInt64Bits(both.LogScore), BitConverter.DoubleToInt64Bits(likelihood.LogScore));
        Assert.Equal((both.LogLow, both.LogHigh, both.EffectiveReplications, both.Exact), (likelihood.LogLow, likelihood.LogHigh, likelihood.EffectiveReplications, likelihood.Exact));
    }

    [Fact]
    public void ChanceModel_DrawsAmongTheRealBids()
    {
        var scores = ChanceModel.Score(Baseline.Model, HistoricalRecord.Of(Baseline));

        // Maglev: 1 of 4 bids; Robot Land: 2 of 10; the Medical Complex: 2 of 10 bids (C(10, 2) = 45).
        Assert.Equal([0.25, 1.0 / 45, 1.0 / 45], scores.Competitions.Select(c => c.Probability));
        Assert.Equal(Math.Log(0.25 / 45 / 45), scores.LogScore, 12);
        Assert.Equal(1 - (1.0 / 45), scores.Competitions[1].Brier, 12);
    }
}
