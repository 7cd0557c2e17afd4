using System.Diagnostics;
using System.Globalization;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;
using Simulation.Output;
using Simulation.Output.Validation;

namespace Simulation.Application.Validation;

/// <summary>
/// Runs <see cref="ValidationSuite"/> on a scenario, writes <c>validation.csv</c>, <c>validation.md</c> and the
/// <c>manifest.json</c> that traces them to their inputs atomically, and refreshes the generated block of a Markdown file if
/// asked. A failed check is a result, not an error: the host decides
/// what it means (the CLI's exit code 4).
/// </summary>
public sealed class ValidateScenario
{
    /// <summary>Runs the checks; throws <see cref="ScenarioException"/> for a rejected scenario (the validated one or the one
    /// given for leave-one-out), <see cref="InputConflictException"/> for a Markdown block whose out-of-sample checks a run
    /// without leave-one-out would drop, <see cref="ForeignFilesException"/> before running when the folder holds files that
    /// are not an earlier result, <see cref="InvalidDataException"/> before running for a Markdown file whose folder does not
    /// exist or is a file, or a folder that holds another scenario's report, <see cref="ResultsNotWrittenException"/> and
    /// <see cref="OperationCanceledException"/>.</summary>
    public ValidationOutcome Run(ValidateRequest request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoader.Load(request.ScenarioPath);
        if (request.MarkdownPath is { } written)
        {
            MarkdownSection.RefuseUnwritable(written, ValidationMarkdown.Section); // written after the checks: a typo found before them, not after
        }
        // A scenario given to --leave-one-out without priors, or with a malformed one, is rejected like the validated one.
        var leaveOneOut = request.LeaveOneOutPath is { } priorsPath
            ? new LeaveOneOutPlan(ScenarioLoader.Load(priorsPath), request.LeaveOneOutParticles, request.LeaveOneOutReplications)
            : null;
        if (request.MarkdownPath is { } target && leaveOneOut is null
            && ValidationMarkdown.HoldsOutOfSample(MarkdownSection.Read(target, ValidationMarkdown.Section)))
        {
            throw new InputConflictException($"the validation block of '{target}' holds out-of-sample checks, which a refresh without "
                + "--leave-one-out would drop: give --leave-one-out as the block's 'Produced by' command does, or write to another file");
        }
        var options = new ValidationOptions(request.Replications, request.Seed ?? loaded.Model.Seed, request.Threads);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        // The folder is checked (and staged) before the checks run, so a folder that cannot take the results costs nothing. A
        // folder an earlier version wrote has no manifest: its files are known by name.
        var folder = OwnName.FolderFor(loaded, request.OutputDirectory, Path.Combine("output", $"{loaded.Model.Name}-validation"));
        EarlierScenario.RefuseOther(folder, ValidationManifest.Mark, m => [EarlierScenario.File(m, "scenarioFile", "scenarioSha256", "scenarioFullPath")], [loaded.File],
            request.OutputDirectory is null);
        using var staging = ResultsNotWrittenException.Guard(folder, () => OutputDirectory.Create(folder, ValidationManifest.Mark, ValidationWriter.Files));
        var report = ValidationSuite.Run(loaded, options, stage => progress.Step($"validate: {stage}…"), cancellationToken, leaveOneOut);
        var reach = Reach(loaded, report, options, progress, cancellationToken);
        var provenance = new ValidationProvenance(Command(request, options), ToolVersion.Current, loaded.Files, leaveOneOut?.Priors.Files);
        ResultsNotWrittenException.Guard(folder, () =>
        {
            var files = ValidationWriter.Write(staging.Path, report, provenance).Append(ManifestWriter.FileName).Order(StringComparer.Ordinal).ToList();
            ManifestWriter.Write(Path.Combine(staging.Path, ManifestWriter.FileName), new ValidationManifest(
                ToolVersion.Current, loaded.File.Path, loaded.File.Sha256, loaded.ExtendsFiles, options.Seed, options.Replications, options.Threads,
                report.Checks.Count, started.ToString("O"), clock.Elapsed.TotalSeconds, files,
                leaveOneOut is { } plan
                    ? new LeaveOneOutManifest(plan.Priors.File.Path, plan.Priors.File.Sha256, plan.Priors.ExtendsFiles, plan.Particles, plan.ReplicationsPerParticle)
                    : null,
                ToolVersion.SourceRevision, Path.GetFullPath(loaded.File.Path)));
            staging.Commit();
        });
        if (request.MarkdownPath is { } markdown)
        {
            ResultsNotWrittenException.Guard(markdown, () =>
                MarkdownSection.Write(markdown, ValidationMarkdown.Section, ValidationMarkdown.Block(report, provenance), ValidationMarkdown.Title));
        }
        return new ValidationOutcome(report, folder, request.MarkdownPath, clock.Elapsed, loaded.Notes, reach);
    }

    // A what-if's judged checks against those of the scenario it extends, on the same seed and replications: which its
    // changes reach. The parent is checked again (about as long as the what-if) only when the what-if has judged checks.
    private static JudgedReach? Reach(LoadedScenario loaded, ValidationReport report, ValidationOptions options, IWorkProgress progress,
        CancellationToken cancellationToken)
    {
        if (loaded.ExtendsFiles.Count == 0 || report.Tally(CheckKind.Validation).Judged == 0)
        {
            return null;
        }
        var parentFile = loaded.ExtendsFiles[0].Path;
        progress.Step($"validate: {parentFile}, which it extends, for what its changes reach…");
        var parentScenario = ScenarioLoader.Load(parentFile);
        var parent = ValidationSuite.Run(parentScenario, options, cancellationToken: cancellationToken);
        return JudgedReach.Between(report, parent, parentFile) with { ChangedCriteria = CriteriaChanges.Between(loaded, parentScenario) };
    }

    // The command that reproduces the numbers: options that change them, not the thread count or the output folder.
    private static string Command(ValidateRequest request, ValidationOptions options)
    {
        var parts = new List<string> { "regsim validate" };
        if (request.ScenarioPath != ValidateRequest.DefaultScenario)
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
}
