using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;
using Simulation.Output;
using Simulation.Output.Validation;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim validate</c>: loads the scenario, runs <see cref="ValidationSuite"/>, writes
/// <c>validation.csv</c> and <c>validation.md</c> atomically (and the generated block of a Markdown file if asked), prints
/// the checks, and returns <see cref="ChecksFailed"/> when any judged check fails, so CI scripts can act on it.
/// </summary>
public sealed class ValidateService(CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Exit code when the run completed but at least one check failed.</summary>
    public const int ChecksFailed = 4;

    /// <summary>Returns the exit code: 0 all checks pass, 4 a check failed, 2 scenario rejected, 3 failed to write, 130 interrupted.</summary>
    public Task<int> RunAsync(ValidateRequest request, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var loaded = ScenarioLoader.Load(request.ScenarioPath);
        // A scenario given to --leave-one-out without priors, or with a malformed one, is rejected like the validated one.
        var leaveOneOut = request.LeaveOneOutPath is { } priorsPath
            ? new LeaveOneOutPlan(ScenarioLoader.Load(priorsPath), request.LeaveOneOutParticles, request.LeaveOneOutReplications)
            : null;
        var options = new ValidationOptions(request.Replications, request.Seed ?? loaded.Model.Seed, request.Threads);
        var clock = Stopwatch.StartNew();
        var report = await Task.Run(() => ValidationSuite.Run(loaded, options, Stage(request), cancellationToken, leaveOneOut), cancellationToken);
        var provenance = new ValidationProvenance(Command(request, options), ToolVersion.Current, request.ScenarioPath, loaded.File.Sha256);
        using (var staging = OutputDirectory.Create(request.OutputDirectory))
        {
            ValidationWriter.Write(staging.Path, report, provenance);
            staging.Commit();
        }
        if (request.MarkdownPath is { } markdown)
        {
            MarkdownSection.Write(markdown, ValidationMarkdown.Section, ValidationMarkdown.Block(report, provenance), ValidationMarkdown.Title);
        }
        if (!request.Quiet)
        {
            Print(report);
        }
        var judged = report.Checks.Count(c => c.Status != CheckStatus.Info);
        console.Out.WriteLine($"Validation: {judged - report.Failed.Count} of {judged} checks pass ({clock.Elapsed.TotalSeconds:F1} s); results in {request.OutputDirectory}/"
            + (request.MarkdownPath is { } m ? $" and {m}" : string.Empty));
        foreach (var failed in report.Failed)
        {
            console.Error.WriteLine($"FAIL {failed.Name}: expected {MarkdownNumber.Format(failed.Expected)}, simulated {MarkdownNumber.Format(failed.Simulated)} "
                + $"{MarkdownNumber.Interval(failed.CiLow, failed.CiHigh)} ({failed.Criterion})");
        }
        return report.Passed ? ExitCodes.Ok : ChecksFailed;
    }, () => new FailureWording($"Failed to write the validation results to '{request.OutputDirectory}'"));

    private Action<string>? Stage(ValidateRequest request) =>
        request.Quiet ? null : stage => console.Error.WriteLine($"validate: {stage}…");

    // The command that reproduces the numbers: options that change them, not the thread count or the output folder.
    private static string Command(ValidateRequest request, ValidationOptions options)
    {
        var parts = new List<string> { "regsim validate" };
        if (request.ScenarioPath != ValidateCommand.DefaultScenario)
        {
            parts.Add($"--scenario {request.ScenarioPath}");
        }
        parts.Add($"--replications {options.Replications.ToString(CultureInfo.InvariantCulture)}");
        parts.Add($"--seed {options.Seed.ToString(CultureInfo.InvariantCulture)}");
        if (request.LeaveOneOutPath is { } priors)
        {
            parts.Add($"--leave-one-out {priors} --loo-particles {request.LeaveOneOutParticles} --loo-replications {request.LeaveOneOutReplications}");
        }
        if (request.MarkdownPath is { } markdown)
        {
            parts.Add($"--markdown {markdown}");
        }
        return string.Join(' ', parts);
    }

    private void Print(ValidationReport report)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Interactive = InteractionSupport.No });
        var table = new Table().Title("Validation checks").AddColumns("check", "expected", "simulated", "interval", "result");
        foreach (var c in report.Checks)
        {
            table.AddRow(Markup.Escape(c.Name), MarkdownNumber.Format(c.Expected), MarkdownNumber.Format(c.Simulated),
                Markup.Escape(MarkdownNumber.Interval(c.CiLow, c.CiHigh)), ValidationCsv.Verdict(c.Status));
        }
        terminal.Write(table);
    }
}
