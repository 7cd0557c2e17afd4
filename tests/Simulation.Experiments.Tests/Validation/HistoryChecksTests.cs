using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>A historical winner's rank among the candidates: regions that bid together share it, at its best and at its
/// worst, whatever their intervals. The rows of a competition declared in sample are of that kind.</summary>
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

    [Fact]
    public void AWinnerTheModelNeverPicks_MayRankLast_ForTheRegionsThatNeverWinShareNoRank()
    {
        // Without noise in either regime, the Maglev's highest score always wins and the other candidates never do.
        using var folder = new ScenarioFolder();
        var path = folder.Variant("noiseless.json", d =>
        {
            foreach (var regime in d["regimes"]!.AsArray())
            {
                regime!["selection"]!["discretion"]!["value"] = 0.0;
            }
        });
        var loaded = ScenarioLoader.Load(path);
        var model = loaded.Model;
        var probe = MonteCarlo.Run(model, new RunOptions(200, model.Seed, 2), [], null, CancellationToken.None);
        var project = model.Projects.Single(p => p.Id == "maglev");
        var candidates = project.CandidatesAmong(model.Regions.Count).Select(i => model.Regions[i].Id).ToHashSet(StringComparer.Ordinal);
        var maglev = probe.WinProbabilities.Where(w => w.Regime == RegimeMode.TimelineLabel && w.Project == "maglev" && candidates.Contains(w.Region)).ToList();
        var never = maglev.Where(w => w.Wins == 0).Select(w => w.Region).Order(StringComparer.Ordinal).ToList();
        Assert.True(never.Count >= 2, $"only {never.Count} Maglev candidates never win without noise");
        var record = HistoricalRecord.Of(loaded).Select(c => c.Project == "maglev" ? c with { Winners = [never[0]] } : c).ToList();
        var counter = new HistoricalOutcomeCounter(model, record);
        var result = MonteCarlo.Run(model, new RunOptions(200, model.Seed, 2), [counter], null, CancellationToken.None);

        var rank = HistoryChecks.Evaluate(model, result, counter).Single(c => c.Name == $"history.maglev.{never[0]}.rank");

        Assert.Equal(1 + maglev.Count(w => w.Wins > 0), rank.Simulated);
        Assert.Equal(maglev.Count, rank.CiHigh);
    }

    [Fact]
    public void TheRowsOfACompetitionInSample_AreInSample_AndCountedOnesSayWhy()
    {
        static List<ValidationCheck> Rows(LoadedScenario loaded, string project)
        {
            var counter = new HistoricalOutcomeCounter(loaded.Model, HistoricalRecord.Of(loaded));
            var result = MonteCarlo.Run(loaded.Model, new RunOptions(200, loaded.Model.Seed, 2), [counter], null, CancellationToken.None);
            return [.. HistoryChecks.Evaluate(loaded.Model, result, counter).Where(c => c.Name.StartsWith($"history.{project}.", StringComparison.Ordinal))];
        }
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        var tiltsOff = ScenarioLoader.Load(Repository.Scenario("lee-tilts-off.json"));

        Assert.NotEmpty(Rows(baseline, "medicalComplex"));
        Assert.All(Rows(baseline, "medicalComplex"), c => Assert.Equal((CheckKind.InSample, true), (c.Kind, c.Note.StartsWith("in sample (the Lee era's alignment tilt", StringComparison.Ordinal))));
        Assert.All(Rows(baseline, "maglev").Concat(Rows(baseline, "robotLand")), c => Assert.Equal((CheckKind.Validation, ""), (c.Kind, c.Note)));
        // Both tilts off: the Medical Complex's rows are validation here, and say why.
        Assert.All(Rows(tiltsOff, "medicalComplex"), c => Assert.Equal((CheckKind.Validation, true), (c.Kind, c.Note.StartsWith("counted as validation here: ", StringComparison.Ordinal))));
    }
}
