using Simulation.Experiments.Scoring;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>How the record's score rows read the record's in-sample entries: an entry in sample is scored apart; one declared
/// in sample whose sized parameter a what-if changed is scored as validation, and the rows it enters say why.</summary>
public class ScoreChecksTests
{
    private const string Undone = "regimes[lee].tilt[alignment].weight is 0, not the 0.4 it was sized as in baseline.json (in sample there: read from its account)";

    private static readonly IReadOnlyList<HistoricalCompetition> Record =
    [
        new("maglev", ["incheon"], ["incheon"], 2007, 4, "test"),
        new("robotLand", ["gyeongnam"], ["gyeongnam"], 2007, 10, "test", InSample: "read into an input"),
        new("medicalComplex", ["daegu"], ["daegu"], 2009, 10, "test", CountedAsValidation: Undone),
    ];

    private static RecordScore Score(string key, double each) => new(key, key,
        [.. Record.Select(c => new CompetitionScore(c.Project, Math.Exp(each), each, each - 0.01, each + 0.01, 0.9))],
        3 * each, (3 * each) - 0.03, (3 * each) + 0.03, double.NaN, true,
        new OutOfSampleScore(["maglev", "medicalComplex"], 2 * each, (2 * each) - 0.02, (2 * each) + 0.02));

    [Fact]
    public void AnEntryCountedAsValidation_JoinsTheJudgedScore_AndItsRowsSayWhy()
    {
        var checks = ScoreChecks.Evaluate([Score(RecordScoring.ModelKey, -1.0), Score(ChanceModel.Key, -2.0)], Record);

        var whole = checks.Single(c => c.Name == "score.record.vs_chance");
        Assert.Equal(CheckKind.InSample, whole.Kind);
        Assert.Equal("in sample, not counted as validation: robotLand (read into an input); ", whole.Note);
        Assert.StartsWith("the model's whole 95 % interval", whole.Criterion, StringComparison.Ordinal); // the rule alone, without the note
        Assert.StartsWith("in sample, not counted as validation: robotLand (read into an input); ", whole.NoteAndCriterion, StringComparison.Ordinal);
        var judged = checks.Single(c => c.Name == "score.out_of_sample.vs_chance");
        Assert.Equal((CheckKind.Validation, CheckStatus.Pass), (judged.Kind, judged.Status));
        Assert.StartsWith($"counted as validation here: medicalComplex, since {Undone}; the model's whole 95 % interval", judged.NoteAndCriterion, StringComparison.Ordinal);
        var entry = checks.Single(c => c.Name == "score.medicalComplex.vs_chance");
        Assert.Equal(CheckKind.Validation, entry.Kind);
        Assert.StartsWith($"counted as validation here: {Undone}; not judged", entry.NoteAndCriterion, StringComparison.Ordinal);
        Assert.Equal(CheckKind.InSample, checks.Single(c => c.Name == "score.robotLand.vs_chance").Kind);
        Assert.DoesNotContain("counted as validation", checks.Single(c => c.Name == "score.maglev.vs_chance").NoteAndCriterion, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutEntriesCountedAsValidation_TheRowsSayNothingOfIt()
    {
        var record = Record.Select(c => c with { CountedAsValidation = null }).ToList();

        var checks = ScoreChecks.Evaluate([Score(RecordScoring.ModelKey, -1.0), Score(ChanceModel.Key, -2.0)], record);

        Assert.All(checks, c => Assert.DoesNotContain("counted as validation here", c.NoteAndCriterion, StringComparison.Ordinal));
        Assert.Equal("the model's whole 95 % interval at least ln 3 = 1.099 above the null's log score (a Bayes factor of 3); expected: the null's log score",
            checks.Single(c => c.Name == "score.out_of_sample.vs_chance").Criterion);
    }

    // The intervals measure only the simulation's error, a few thousandths wide: a model above chance by less than a Bayes
    // factor of 3 is not evidence of anything, and fails, saying it is higher but not by enough.
    [Theory]
    [InlineData(-1.9, CheckStatus.Fail)] // out of sample -3.8 [-3.82, -3.78] against -4 [-4.02, -3.98]: clears it by 0.16
    [InlineData(-1.5, CheckStatus.Fail)] // -3.0 [-3.02, -2.98]: by 0.96, a Bayes factor of 2.6
    [InlineData(-1.4, CheckStatus.Pass)] // -2.8 [-2.82, -2.78]: by 1.16, a Bayes factor of 3.2
    public void AGainOverChance_PassesOnlyWhenItsWholeIntervalClearsABayesFactorOf3(double each, CheckStatus expected)
    {
        var record = Record.Select(c => c with { CountedAsValidation = null }).ToList();

        var checks = ScoreChecks.Evaluate([Score(RecordScoring.ModelKey, each), Score(ChanceModel.Key, -2.0)], record);

        var judged = checks.Single(c => c.Name == "score.out_of_sample.vs_chance");
        Assert.Equal(expected, judged.Status);
        Assert.Equal(expected == CheckStatus.Fail, judged.Criterion.Contains("higher, but by less than that", StringComparison.Ordinal));
    }
}
