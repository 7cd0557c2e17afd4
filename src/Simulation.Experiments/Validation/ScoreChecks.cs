using System.Globalization;
using Simulation.Experiments.Scoring;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Judges the log score of the historical record: the model must give the record a higher probability than chance among
/// the real bids (the whole 95 % interval above it). Against the other nulls (agents off, one regime throughout) the
/// comparison is reported, not judged: whether the agents or the regime change add anything is a finding, not a test.
/// </summary>
public static class ScoreChecks
{
    /// <summary>Returns the checks on <paramref name="scores"/> (as <see cref="RecordScoring.Run"/> returns them).</summary>
    public static IReadOnlyList<ValidationCheck> Evaluate(IReadOnlyList<RecordScore> scores)
    {
        var model = scores.Single(s => s.Key == RecordScoring.ModelKey);
        var checks = new List<ValidationCheck>();
        foreach (var other in scores.Where(s => s != model))
        {
            var judged = other.Key == ChanceModel.Key;
            var beats = model.LogLow > other.LogHigh;
            var worse = model.LogHigh < other.LogLow;
            var verdict = beats ? "the model scores higher" : worse ? "the model scores lower" : "the intervals overlap: no clear difference";
            checks.Add(new ValidationCheck("score", $"score.record.vs_{other.Key}",
                $"ln P(record), all {model.Competitions.Count} competitions: the model against {other.Model}",
                other.LogScore, model.LogScore, model.LogLow, model.LogHigh,
                judged ? ValidationCheck.Verdict(beats) : CheckStatus.Info,
                judged
                    ? "the model's whole 95 % interval above the null's log score; expected: the null's log score"
                    : $"not judged ({verdict}); expected: the null's log score, interval {Interval(other.LogLow, other.LogHigh)}",
                "sequential importance sampling of the record (ODD §9)"));
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
                "sequential importance sampling of the record (ODD §9)"));
        }
        return checks;
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Interval(double low, double high) => $"[{Number(low)}, {Number(high)}]";
}
