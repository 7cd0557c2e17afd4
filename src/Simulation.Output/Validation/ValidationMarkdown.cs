using System.Text;
using Simulation.Experiments.Validation;

namespace Simulation.Output.Validation;

/// <summary>
/// The Markdown summary of a validation report: one table per group of checks with the expected value, the simulated
/// value, its interval, the verdict and the pass rule. The text depends only on the report and its provenance (no clock,
/// no thread count), so refreshing docs/VALIDATION.md with the same code and seed changes nothing.
/// </summary>
public static class ValidationMarkdown
{
    /// <summary>Name of the generated block in docs/VALIDATION.md (see <see cref="MarkdownSection"/>).</summary>
    public const string Section = "validate";

    /// <summary>Title of a stand-alone <c>validation.md</c>.</summary>
    public const string Title = "# regsim validation report";

    // "Held out", not "out of sample", which the record's score uses for the competitions no parameter was sized from.
    private const string OutOfSampleTitle = "Held out: each competition predicted from a calibration on the others";
    private const string EarlierOutOfSampleTitle = "Out of sample: each competition predicted from a calibration on the others";

    private static readonly (string Group, string Title)[] Groups =
    [
        ("score", "The record's log score against null models"),
        ("pattern", "Patterns of the record besides its winners"),
        (LeaveOneOutChecks.Group, OutOfSampleTitle),
        ("history", "History (paper §4.1), for context"),
        ("contest", "Contest theory (verification)"),
        ("specialDistricts", "Special districts (paper Table 3)"),
        ("fund", "Balanced-development fund (paper §3.1; restates an input)"),
        ("regime", "Regime effects (paper Table 1)"),
    ];

    /// <summary>Returns the generated block: provenance, the overall verdict, and a table per group.</summary>
    public static string Block(ValidationReport report, ValidationProvenance provenance)
    {
        var text = new StringBuilder();
        var (passed, judged) = report.Tally(CheckKind.Validation);
        var failed = report.Failed.Where(c => c.Kind == CheckKind.Validation).ToList();
        text.Append("Produced by `").Append(provenance.Command).Append("` (regsim ").Append(provenance.ToolVersion).Append(") on ")
            .Append(MarkdownFiles.Describe(provenance.ScenarioFiles)).Append(", ")
            .Append(report.Options.Replications.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
            .Append(" replications per Monte Carlo check, seed ").Append(report.Options.Seed);
        if (provenance.LeaveOneOutFiles is { } priors)
        {
            text.Append("; the held-out checks calibrate the priors of ").Append(MarkdownFiles.Describe(priors));
        }
        text.Append(".\n\n");
        text.Append(judged == 0 ? "**No validation check applies to this scenario" : $"**{passed} of {judged} validation checks pass");
        text.Append(failed.Count == 0 ? ".**" : $"; {failed.Count} fail:** {string.Join(", ", failed.Select(f => $"`{f.Name}`"))}.");
        var apart = new[] { (CheckKind.Verification, "verification checks of the code"), (CheckKind.Input, "checks that restate or follow from an input"),
            (CheckKind.InSample, "in-sample checks") }
            .Select(k => (Words: k.Item2, Count: report.Tally(k.Item1)))
            .Where(k => k.Count.Judged > 0)
            .Select(k => $"{k.Count.Passed} of {k.Count.Judged} {k.Words} pass")
            .ToList();
        if (apart.Count > 0)
        {
            var listed = apart.Count == 1 ? apart[0] : $"{string.Join(", ", apart.Take(apart.Count - 1))} and {apart[^1]}";
            text.Append(" Besides, ").Append(listed).Append(" (judged, but not counted as validation).");
        }
        text.Append(" Rows marked *info* are reported for context and not judged");
        var inapplicable = report.Checks.Count(c => c.Status == CheckStatus.NotApplicable);
        text.Append(inapplicable == 0 ? ".\n" : $"; {inapplicable} marked *n/a* cannot apply to this scenario, and are not counted.\n");
        foreach (var warning in report.Warnings ?? [])
        {
            text.Append("\n**Warning:** ").Append(Escape(warning)).Append('\n');
        }
        RecordScoresTable.Append(text, report.Scores);
        foreach (var (group, title) in Groups.Concat(report.Checks.Select(c => c.Group).Distinct().Where(g => Groups.All(x => x.Group != g)).Select(g => (g, g))))
        {
            var rows = report.Checks.Where(c => c.Group == group).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            text.Append("\n### ").Append(title).Append("\n\n");
            text.Append("| check | what | expected | simulated | interval | result | rule |\n");
            text.Append("|---|---|---|---|---|---|---|\n");
            foreach (var c in rows)
            {
                text.Append("| `").Append(c.Name).Append("` | ").Append(Escape(c.Description)).Append(" | ")
                    .Append(MarkdownNumber.Format(c.Expected)).Append(" | ").Append(MarkdownNumber.Format(c.Simulated)).Append(" | ")
                    .Append(MarkdownNumber.Interval(c.CiLow, c.CiHigh)).Append(" | ").Append(Result(c.Status)).Append(" | ")
                    .Append(Escape(c.NoteAndCriterion)).Append(" |\n");
            }
        }
        return text.ToString();
    }

    /// <summary>Whether <paramref name="block"/> (a generated block, or null for none) holds the out-of-sample checks, which only a
    /// validation with a leave-one-out calibration writes: a refresh without one would drop them.</summary>
    public static bool HoldsOutOfSample(string? block) =>
        block?.ReplaceLineEndings("\n") is { } text // a checkout may use CRLF; a block an earlier version wrote has the earlier title
        && (text.Contains($"\n### {OutOfSampleTitle}\n", StringComparison.Ordinal) || text.Contains($"\n### {EarlierOutOfSampleTitle}\n", StringComparison.Ordinal));

    /// <summary>Returns a stand-alone document: <see cref="Title"/> and the block between its markers.</summary>
    public static string Document(ValidationReport report, ValidationProvenance provenance) =>
        MarkdownSection.Replace(null, Section, Block(report, provenance), Title);

    private static string Result(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Fail => "**FAIL**",
        CheckStatus.NotApplicable => "*n/a*",
        _ => "*info*",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
