using Simulation.Application.Validation;
using Simulation.Experiments.Validation;
using Simulation.Output.Validation;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// <c>regsim validate</c> on the terminal: hands the request to <see cref="ValidateScenario"/>, prints the checks, and
/// returns <see cref="ExitCodes.ChecksFailed"/> when any judged check fails, so CI scripts can act on it.
/// </summary>
public sealed class ValidateService(ValidateScenario validate, CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Returns the exit code: 0 all checks pass, 4 a check failed, 2 scenario rejected, 3 failed to write, 130 interrupted.</summary>
    public Task<int> RunAsync(ValidateRequest request, bool quiet, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var done = await Task.Run(() => validate.Run(request, new TerminalWorkProgress(console, quiet), cancellationToken), cancellationToken);
        var report = done.Report;
        if (!quiet)
        {
            Print(report);
        }
        // Counted as docs/VALIDATION.md counts them: validation apart from checks of the code, restated inputs and in-sample patterns.
        var validation = report.Tally(CheckKind.Validation);
        var others = report.Tally(CheckKind.Verification, CheckKind.Input);
        var inSample = report.Tally(CheckKind.InSample);
        var inapplicable = report.Checks.Count(c => c.Status == CheckStatus.NotApplicable);
        console.Out.WriteLine((validation.Judged == 0 ? "Validation: no validation check applies to this scenario" : $"Validation: {validation.Passed} of {validation.Judged} validation checks pass")
            + "; besides, these pass: "
            + $"{others.Passed} of {others.Judged} checks of the code and of inputs"
            + (inSample.Judged == 0 ? "" : $", {inSample.Passed} of {inSample.Judged} in-sample checks")
            + (inapplicable == 0 ? "" : $"; {inapplicable} more cannot apply to this scenario") + $" ({done.Elapsed.TotalSeconds:F1} s); "
            + $"results in {done.Folder}/" + (done.MarkdownPath is { } m ? $" and {m}" : string.Empty));
        foreach (var warning in report.Warnings ?? [])
        {
            console.Out.WriteLine($"Warning: {warning}");
        }
        foreach (var counted in report.CountedAsValidation ?? [])
        {
            console.Out.WriteLine($"Counted as validation here, though declared in sample: {counted}");
        }
        if (done.Reach is { } reach)
        {
            var unscored = report.Unscored is { Count: > 0 };
            console.Out.WriteLine(reach.Moved.Count == 0
                ? $"None of the {Simulation.Output.CountedNoun.Of(reach.Judged.Count, "judged check")} {(unscored ? "left " : "")}moves from those of {reach.ParentFile}, which this scenario extends (same seed "
                    + (unscored
                        ? "and replications); the record's scores are missing (\"Not scored\", below), so these verdicts do not say whether the record can judge what this scenario changes."
                        : "and replications): the record cannot judge what this scenario changes, and these verdicts are that scenario's.")
                : $"Judged checks that move from those of {reach.ParentFile}, which this scenario extends (same seed and replications): "
                    + $"{string.Join(", ", reach.Moved)} ({reach.Moved.Count} of {reach.Judged.Count}).");
            if (reach.ChangedCriteria.Count > 0)
            {
                // Said beside the verdict: a criterion picked after seeing who won turns an out-of-sample score into a fit.
                console.Out.WriteLine($"Criteria changed from those of {reach.ParentFile} in competitions judged out of sample: {string.Join("; ", reach.ChangedCriteria)}. "
                    + "The judged scores test these choices too: if any was made knowing who won, declare that competition's record entry inSample "
                    + "(docs/scenario-format.md) so that it is scored apart.");
            }
        }
        LeftOverNote.Write(console.Out, done.Folder);
        ScenarioNotes.Write(console.Error, done.Notes);
        foreach (var reason in report.Unscored ?? [])
        {
            console.Error.WriteLine($"Not scored: {reason}");
        }
        foreach (var failed in report.Failed)
        {
            // What the check is comes first (declared in sample, and why), then the figures, then the rule that passes it.
            var what = failed.Note.Length > 0 ? failed.Note : NotCounted(failed.Kind);
            console.Error.WriteLine($"FAIL {failed.Name}: {what}expected {MarkdownNumber.Format(failed.Expected)}, simulated {MarkdownNumber.Format(failed.Simulated)} "
                + $"{MarkdownNumber.Interval(failed.CiLow, failed.CiHigh)}; it passes when: {failed.Criterion}");
        }
        return report.Passed ? ExitCodes.Ok : ExitCodes.ChecksFailed;
    });

    private void Print(ValidationReport report)
    {
        var terminal = ResultsTerminal.For(console);
        var table = new Table().Title("Validation checks").AddColumns("check", "kind", "expected", "simulated", "interval", "result");
        foreach (var c in report.Checks)
        {
            table.AddRow(Markup.Escape(c.Name), ValidationCsv.Kind(c.Kind), MarkdownNumber.Format(c.Expected), MarkdownNumber.Format(c.Simulated),
                Markup.Escape(MarkdownNumber.Interval(c.CiLow, c.CiHigh)), ValidationCsv.Verdict(c.Status));
        }
        terminal.Write(table);
    }

    // What a failed check that is not validation is, so that its failure is not read as the model's against the record.
    private static string NotCounted(CheckKind kind) => kind switch
    {
        CheckKind.InSample => "in sample, not counted as validation; ",
        CheckKind.Verification => "a check of the code, not counted as validation; ",
        CheckKind.Input => "a check of an input, not counted as validation; ",
        _ => "",
    };
}
