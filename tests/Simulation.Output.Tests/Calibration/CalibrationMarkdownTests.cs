using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Calibration;

namespace Simulation.Output.Tests.Calibration;

/// <summary>The simulation-based calibration's sentence in docs/VALIDATION.md: the count it gives and the names it lists agree.</summary>
public sealed class CalibrationMarkdownTests
{
    private static SbcParameter Flag(string name, double p) =>
        new(new Prior(name, ParameterPath.Parse(name), PriorDistribution.Uniform, 0, 1, double.NaN, double.NaN, 0.5), [0.5], 1.0, p);

    [Fact]
    public void SbcSentence_CountsEveryFlaggedParameter_AndSaysHowManyItDoesNotName()
    {
        var sbc = Enumerable.Range(0, 10).Select(i => Flag($"p{i}", 0.0009 * (i + 1))).Append(Flag("fine", 0.5)).ToList();

        var sentence = CalibrationMarkdown.SbcSentence(sbc);

        Assert.Contains("10 parameter(s) with p < 0.01", sentence);
        Assert.Contains("`p7`", sentence);
        Assert.DoesNotContain("`p8`", sentence);
        Assert.Contains("and 2 more (`sbc_summary.csv`).", sentence);
        Assert.DoesNotContain("`fine`", sentence);
    }

    [Fact]
    public void AHeldOutCompetitionNoRefitCouldPredict_IsNamed_AndOnlyThen()
    {
        LeaveOneOutRow Row(string competition, double heldOut) => new(competition, heldOut, -2.0, -1.4, heldOut is double.NaN ? 0 : 50);

        var note = CalibrationMarkdown.UnfittedNote([Row("maglev", -2.1), Row("robotLand", double.NaN)]);

        Assert.Contains("No particle reproduced the other competitions when `robotLand` was held out", note);
        Assert.DoesNotContain("maglev", note);
        Assert.Equal("", CalibrationMarkdown.UnfittedNote([Row("maglev", -2.1)]));
    }

    private static PosteriorParameter Narrowed(string name, double shrinkage, string? unread, bool movesRecord = true)
    {
        // A uniform prior on [0, 1] has sd 1/√12; the posterior sd that narrows it by the given share.
        var prior = new Prior(name, ParameterPath.Parse(name), PriorDistribution.Uniform, 0, 1, double.NaN, double.NaN, 0.5);
        return new PosteriorParameter(prior, 0.5, (1 - shrinkage) / Math.Sqrt(12), 0.1, 0.5, 0.9) { Unread = unread, MovesRecord = movesRecord && unread is null };
    }

    [Fact]
    public void PlaceboNote_GivesHowFarTheSamplerAloneNarrowsTheParametersTheModelDoesNotRead()
    {
        var note = CalibrationMarkdown.PlaceboNote([Narrowed("read", 0.6, null), Narrowed("p1", 0.2, "why"), Narrowed("p2", 0.35, "why"), Narrowed("p3", 0.1, "why")]);

        Assert.StartsWith(" The 3 parameters the model does not read (placebos, which the record cannot inform) are narrowed by up to 0.35 (`p2`;", note, StringComparison.Ordinal);
        Assert.DoesNotContain("`read`;", note, StringComparison.Ordinal);
        Assert.Equal("", CalibrationMarkdown.PlaceboNote([Narrowed("read", 0.6, null)]));
    }

    [Fact]
    public void SbcSentence_NamesAFewFlaggedParametersAll()
    {
        var sentence = CalibrationMarkdown.SbcSentence([Flag("a", 0.002), Flag("b", 0.001)]);

        Assert.Contains("2 parameter(s) with p < 0.01: `b` (0.001), `a` (0.002).", sentence);
        Assert.DoesNotContain("more", sentence);
    }

    [Fact]
    public void PlaceboNote_CountsAParameterTheRecordDoesNotMove_WithThoseTheModelDoesNotRead()
    {
        var note = CalibrationMarkdown.PlaceboNote([Narrowed("read", 0.6, null), Narrowed("p1", 0.2, "why"), Narrowed("lag", 0.45, null, movesRecord: false)]);

        Assert.StartsWith(" The 2 parameters the model does not read or the record's likelihood does not move with (placebos, which the record cannot inform) are narrowed by up to 0.45 (`lag`;", note, StringComparison.Ordinal);
        Assert.StartsWith(" The 1 parameter the record's likelihood does not move with (a placebo,",
            CalibrationMarkdown.PlaceboNote([Narrowed("read", 0.6, null), Narrowed("lag", 0.45, null, movesRecord: false)]), StringComparison.Ordinal);
    }

    [Fact]
    public void SbcSentence_MarksTheFlaggedPlacebos()
    {
        var sentence = CalibrationMarkdown.SbcSentence([Flag("a", 0.002), Flag("b", 0.001)], [Narrowed("a", 0.1, null), Narrowed("b", 0.1, null, movesRecord: false)]);

        Assert.Contains("`b` (0.001, a placebo), `a` (0.002).", sentence);
    }
}
