using System.Globalization;
using Simulation.Experiments.Scoring;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Judges the log score of the historical record: the model must give the record a clearly higher probability than chance
/// among the real bids (the whole 95 % interval at least <see cref="EvidenceThreshold"/> above it); when the record declares competitions in sample, the record of the others,
/// those held to their recorded winners, is judged and the whole record reported apart. Against the other nulls (agents off, no regime tilts, one regime throughout) the
/// comparison is reported, not judged: whether the agents or the regime change add anything is a finding, not a test.
/// </summary>
public static class ScoreChecks
{
    /// <summary>How far (in ln P) the model must score above chance to pass: ln 3, a Bayes factor of 3, where Jeffreys's
    /// scale (and Kass and Raftery's) starts to count evidence as more than barely worth mentioning. The record is one draw
    /// of history; the intervals measure only the simulation's error, so without a margin any gain, however small, would
    /// pass.</summary>
    public static readonly double EvidenceThreshold = Math.Log(3);

    /// <summary>Returns the checks on <paramref name="scores"/> (as <see cref="RecordScoring.Run"/> returns them) of
    /// <paramref name="record"/>. When the record declares competitions in sample, the whole record's rows are reported apart
    /// (<see cref="CheckKind.InSample"/>) and the judged comparison is that of the competitions out of sample. A competition
    /// declared in sample whose sized parameters this scenario moved (<see cref="HistoricalCompetition.CountedAsValidation"/>)
    /// is scored with the others, and the rows it enters say why.</summary>
    public static IReadOnlyList<ValidationCheck> Evaluate(IReadOnlyList<RecordScore> scores, IReadOnlyList<HistoricalCompetition> record)
    {
        var model = scores.Single(s => s.Key == RecordScoring.ModelKey);
        var inSample = record.Where(c => c.InSample is not null).Select(c => $"{c.Project} ({c.InSample})").ToList();
        // Competitions declared in sample whose sized parameters a what-if changed: scored as validation, and the rule says why.
        var counted = record.Where(c => c.CountedAsValidation is not null).Select(c => InSampleStatus.Since(c.Project, c.CountedAsValidation!)).ToList();
        var countedNote = InSampleStatus.CountedNote(counted.Count == 0 ? null : string.Join("; ", counted));
        var checks = new List<ValidationCheck>();
        foreach (var other in scores.Where(s => s != model))
        {
            var whole = Compare($"score.{RecordScoring.WholeRecord}.vs_{other.Key}", $"ln P(record), all {model.Competitions.Count} competitions: the model against {other.Model}",
                (model.LogScore, model.LogLow, model.LogHigh), (other.LogScore, other.LogLow, other.LogHigh), other.Key == ChanceModel.Key);
            checks.Add(inSample.Count == 0 ? whole with { Note = countedNote } : whole with
            {
                Kind = CheckKind.InSample,
                Note = $"in sample, not counted as validation: {string.Join("; ", inSample)}; ",
            });
            if (model.OutOfSample is { } part && other.OutOfSample is { } theirs)
            {
                var outOfSample = Compare($"score.{RecordScoring.OutOfSample}.vs_{other.Key}",
                    $"ln P({string.Join(" and ", part.Projects)}, the competitions no parameter was sized from; the others held to the record): the model against {other.Model}",
                    (part.LogScore, part.LogLow, part.LogHigh), (theirs.LogScore, theirs.LogLow, theirs.LogHigh), other.Key == ChanceModel.Key);
                checks.Add(outOfSample with { Note = countedNote });
            }
        }
        var chance = scores.Single(s => s.Key == ChanceModel.Key);
        for (var c = 0; c < model.Competitions.Count; c++)
        {
            var m = model.Competitions[c];
            var n = chance.Competitions[c];
            checks.Add(new ValidationCheck("score", $"score.{m.Project}.vs_chance",
                $"ln P({m.Project}'s winners | the record before it): the model against chance (Brier {Number(m.Brier)} against {Number(n.Brier)})",
                n.LogScore, m.LogScore, m.LogLow, m.LogHigh, CheckStatus.Info,
                m.LogLow > n.LogScore ? "not judged (the model scores higher)" : m.LogHigh < n.LogScore ? "not judged (the model scores lower)" : "not judged (no clear difference)",
                "sequential importance sampling of the record (ODD §9)", record[c].InSample is null ? CheckKind.Validation : CheckKind.InSample,
                InSampleStatus.RowNote(record[c].InSample, record[c].CountedAsValidation)));
        }
        return checks;
    }

    // The model's log score against another's: judged against chance (the model's whole interval above it), reported against
    // the other nulls.
    private static ValidationCheck Compare(string name, string description, (double Log, double Low, double High) model,
        (double Log, double Low, double High) other, bool judged)
    {
        var beats = model.Low > other.High;
        var worse = model.High < other.Low;
        var verdict = beats ? "the model scores higher" : worse ? "the model scores lower" : "the intervals overlap: no clear difference";
        // Chance's score is exact (its interval is a point): judged, the model's whole interval must clear it by the margin.
        var clears = model.Low >= other.High + EvidenceThreshold;
        return new ValidationCheck("score", name, description, other.Log, model.Log, model.Low, model.High,
            judged ? ValidationCheck.Verdict(clears) : CheckStatus.Info,
            judged
                ? $"the model's whole 95 % interval at least ln 3 = {Number(EvidenceThreshold)} above the null's log score (a Bayes factor of 3){(beats && !clears ? ": higher, but by less than that" : "")}; expected: the null's log score"
                : $"not judged ({verdict}); expected: the null's log score, interval {Interval(other.Low, other.High)}",
            "sequential importance sampling of the record (ODD §9)");
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Interval(double low, double high) => $"[{Number(low)}, {Number(high)}]";
}
