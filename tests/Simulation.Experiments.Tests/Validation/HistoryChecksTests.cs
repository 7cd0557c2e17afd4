using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>A historical winner's rank among the candidates: regions that bid together share it, at its best and at its
/// worst, whatever their intervals.</summary>
public class HistoryChecksTests
{
    [Fact]
    public void AJointBidsPartner_IsNotCountedAmongTheRivalsThatCouldRankAboveAWinner()
    {
        // The baseline's Medical Complex: Daegu and Gyeongbuk bid as one consortium, so they win in the same replications.
        var loaded = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        var model = loaded.Model;
        var counter = new HistoricalOutcomeCounter(model, HistoricalRecord.Of(loaded));
        var result = MonteCarlo.Run(model, new RunOptions(2000, model.Seed, 2), [counter], null, CancellationToken.None);

        var rank = HistoryChecks.Evaluate(model, result, counter).Single(c => c.Name == "history.medicalComplex.daegu.rank");

        var wins = result.WinProbabilities.Where(w => w.Regime == RegimeMode.TimelineLabel && w.Project == "medicalComplex").ToList();
        var daegu = wins.Single(w => w.Region == "daegu");
        Assert.Equal(daegu.Wins, wins.Single(w => w.Region == "gyeongbuk").Wins);
        var rivals = wins.Count(w => w.Region is not "daegu" and not "gyeongbuk" && w.CiHigh >= daegu.CiLow);
        Assert.Equal(1 + rivals, rank.CiHigh);
        Assert.Equal(1 + wins.Count(w => w.Probability > daegu.Probability), rank.Simulated);
    }
}
