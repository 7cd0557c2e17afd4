using System.Text;
using Simulation.Experiments.Scoring;

namespace Simulation.Output.Validation;

/// <summary>The Markdown table of the record's scores: one row per model, the log score of each competition given the record
/// before it (with its Brier score), and the log probability of the whole record with its interval.</summary>
public static class RecordScoresTable
{
    /// <summary>Appends the table to <paramref name="text"/>; nothing when there are no scores.</summary>
    public static void Append(StringBuilder text, IReadOnlyList<RecordScore> scores)
    {
        if (scores.Count == 0)
        {
            return;
        }
        var competitions = scores[0].Competitions.Select(c => c.Project).ToList();
        text.Append("\n### Scoring the record\n\n");
        text.Append("ln P of each competition's historical winners given the competitions before it (Brier score of the sets of winners in ")
            .Append("brackets; 0 is perfect), and ln P of the whole record with its 95 % interval. Higher is better.\n\n");
        var part = scores[0].OutOfSample;
        if (part is not null)
        {
            text.Append("The last two columns score the competitions no parameter was sized from (").Append(string.Join(", ", part.Projects.Select(p => $"`{p}`")))
                .Append("), the others held to the record: the judged comparison.\n\n");
        }
        text.Append("| model | ").Append(string.Join(" | ", competitions.Select(c => $"`{c}`"))).Append(" | ln P(record) | interval |")
            .Append(part is null ? "\n" : " ln P(out of sample) | interval |\n");
        text.Append("|---|").Append(string.Concat(competitions.Select(_ => "---|"))).Append("---|---|").Append(part is null ? "\n" : "---|---|\n");
        foreach (var score in scores)
        {
            text.Append("| ").Append(score.Model).Append(score.Exact ? string.Empty : " (approximate)").Append(" | ");
            foreach (var c in score.Competitions)
            {
                text.Append(MarkdownNumber.Format(c.LogScore)).Append(" (").Append(MarkdownNumber.Format(c.Brier)).Append(") | ");
            }
            text.Append("**").Append(MarkdownNumber.Format(score.LogScore)).Append("** | ").Append(MarkdownNumber.Interval(score.LogLow, score.LogHigh)).Append(" |");
            if (score.OutOfSample is { } theirs)
            {
                text.Append(" **").Append(MarkdownNumber.Format(theirs.LogScore)).Append("** | ").Append(MarkdownNumber.Interval(theirs.LogLow, theirs.LogHigh)).Append(" |");
            }
            text.Append('\n');
        }
    }
}
