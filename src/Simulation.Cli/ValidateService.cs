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
public sealed class ValidateService(ILogger<ValidateService> logger, ConsoleStreams console)
{
    /// <summary>Exit code when the run completed but at least one check failed.</summary>
    public const int ChecksFailed = 4;

    /// <summary>Returns the exit code: 0 all checks pass, 4 a check failed, 2 scenario rejected, 3 failed to write, 130 interrupted.</summary>
    public async Task<int> RunAsync(ValidateRequest request, CancellationToken cancellationToken)
    {
        if (ScenarioInput.Load(request.ScenarioPath, console, logger) is not { } loaded)
        {
            return ExitCodes.InvalidScenario;
        }
        LeaveOneOutPlan? leaveOneOut = null;
        if (request.LeaveOneOutPath is { } priorsPath)
        {
            if (ScenarioInput.Load(priorsPath, console, logger) is not { } priors)
            {
                return ExitCodes.InvalidScenario;
            }
            leaveOneOut = new LeaveOneOutPlan(priors, request.LeaveOneOutParticles, request.LeaveOneOutReplications);
        }
        var options = new ValidationOptions(request.Replications, request.Seed ?? loaded.Model.Seed, request.Threads);
        var clock = Stopwatch.StartNew();
        try
        {
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
        }
        catch (ScenarioException e)
        {
            // The scenario given to --leave-one-out has no priors, or a malformed one.
            logger.LogError(LogEvents.ScenarioRejected, "Scenario rejected: {Problems}", string.Join("; ", e.Problems));
            console.Error.WriteLine(e.Message);
            return ExitCodes.InvalidScenario;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("Cancelled; no partial output was left behind.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(LogEvents.RunFailed, e, "Validation failed to write");
            console.Error.WriteLine($"Failed to write the validation results: {e.Message}");
            return ExitCodes.Failed;
        }
    }

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
