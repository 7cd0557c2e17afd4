using System.Diagnostics;
using System.Globalization;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output;
using Simulation.Output.Sensitivity;
using Simulation.Output.Validation;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim sensitivity</c>: loads the experiment (or makes one of a scenario's priors),
/// runs the Morris or Saltelli design with a progress bar, writes the indices and their plots atomically, and refreshes
/// the generated block of a Markdown file if asked.
/// </summary>
public sealed class SensitivityService(CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Factors shown per output in the terminal.</summary>
    private const int Shown = 10;

    /// <summary>Returns the exit code of a sensitivity study: 0 done, 1 bad arguments, 2 file rejected, 3 failed to write, 130 interrupted.</summary>
    public Task<int> RunAsync(SensitivityRequest request, CancellationToken cancellationToken)
    {
        var wording = new FailureWording("Failed to write the sensitivity results");
        return failures.RunAsync(async () =>
        {
            Experiment experiment;
            PriorScreening? screening = null;
            if (request.PriorsPath is { } scenarioPath)
            {
                var loaded = ScenarioLoader.Load(scenarioPath);
                screening = PriorScreening.Create(loaded, request.Replications ?? SensitivityCommand.DefaultPriorReplications, request.Seed ?? loaded.Model.Seed);
                experiment = screening.Experiment;
            }
            else
            {
                experiment = ExperimentLoader.Load(request.ExperimentPath!);
            }
            var outputs = request.Outputs.Count > 0 ? request.Outputs : SensitivityOutputs.Defaults(experiment.Scenario);
            foreach (var output in outputs)
            {
                if (SensitivityStudy.CheckOutput(experiment, output) is { } problem)
                {
                    console.Error.WriteLine(problem);
                    return ExitCodes.InvalidArguments;
                }
            }
            var regime = request.Regime ?? experiment.Scenario.Model.Modes()[0].Label;
            var settings = new SensitivitySettings(request.Method, outputs, regime, request.Trajectories, 4, request.BaseSamples, request.Bootstrap, experiment.Seed);
            var method = SensitivityIndexes.Name(request.Method);
            var finalPath = request.OutputDirectory ?? Path.Combine("output", $"{experiment.Name}-{method}");
            wording = wording with { WriteFailed = $"Failed to write the sensitivity results to '{finalPath}'" };
            var clock = Stopwatch.StartNew();
            var started = DateTimeOffset.UtcNow;
            var total = SensitivityStudy.Points(experiment, settings).Count;
            var rows = await Task.Run(() => RunWithProgress(experiment, settings, total, request, cancellationToken), cancellationToken);
            using (var staging = OutputDirectory.Create(finalPath))
            {
                var files = SensitivityWriter.Write(staging.Path, rows, ModeCatalogue.From(experiment.Scenario.Model)).Append("manifest.json").Order(StringComparer.Ordinal).ToList();
                ManifestWriter.Write(Path.Combine(staging.Path, "manifest.json"), new
                {
                    toolVersion = ToolVersion.Current,
                    factors = screening is null ? "experiment" : "priors",
                    experimentFile = screening is null ? experiment.File.Path : null,
                    experimentSha256 = screening is null ? experiment.File.Sha256 : null,
                    scenarioFile = experiment.Scenario.File.Path,
                    scenarioSha256 = experiment.Scenario.File.Sha256,
                    method,
                    regime,
                    outputs,
                    points = total,
                    replicationsPerPoint = experiment.ReplicationsPerPoint,
                    seed = experiment.Seed,
                    bootstrapResamples = request.Bootstrap,
                    threads = request.Threads,
                    startedUtc = started.ToString("O"),
                    wallTimeSeconds = clock.Elapsed.TotalSeconds,
                    files,
                });
                staging.Commit();
            }
            if (request.MarkdownPath is { } markdown && screening is not null)
            {
                var provenance = new SensitivityProvenance(Command(request, screening, settings), ToolVersion.Current, request.PriorsPath!, experiment.Scenario.File.Sha256);
                MarkdownSection.Write(markdown, SensitivityMarkdown.Section, SensitivityMarkdown.Block(provenance, screening, settings, rows), SensitivityMarkdown.Title);
            }
            if (!request.Quiet)
            {
                Print(rows);
            }
            console.Out.WriteLine($"Sensitivity ({method}, {total} points × {experiment.ReplicationsPerPoint} replications, {clock.Elapsed.TotalSeconds:F1} s) in {finalPath}/"
                + (request.MarkdownPath is { } m ? $" and {m}" : string.Empty));
            return ExitCodes.Ok;
        }, () => wording);
    }

    private IReadOnlyList<SensitivityRow> RunWithProgress(Experiment experiment, SensitivitySettings settings, int total, SensitivityRequest request, CancellationToken cancellationToken) =>
        TerminalProgress.Run(console, request.Quiet, $"{settings.Method}: {total} points", total, progress =>
        {
            var done = 0;
            return SensitivityStudy.Run(experiment, settings, request.Threads, () => progress?.Report(++done), cancellationToken);
        });

    // The command that reproduces the block: every option that changes the numbers, not the thread count or the output folder.
    private static string Command(SensitivityRequest request, PriorScreening screening, SensitivitySettings settings)
    {
        var parts = new List<string>
        {
            "regsim sensitivity", $"--priors {request.PriorsPath}", "--method morris",
            $"--trajectories {settings.Trajectories.ToString(CultureInfo.InvariantCulture)}",
            $"--replications {screening.Experiment.ReplicationsPerPoint.ToString(CultureInfo.InvariantCulture)}",
            $"--seed {screening.Experiment.Seed.ToString(CultureInfo.InvariantCulture)}",
            $"--bootstrap {settings.BootstrapResamples.ToString(CultureInfo.InvariantCulture)}",
        };
        if (request.Regime is { } regime)
        {
            parts.Add($"--regime {regime}");
        }
        parts.AddRange(request.Outputs.Select(o => $"--output {o}"));
        parts.Add($"--markdown {request.MarkdownPath}");
        return string.Join(' ', parts);
    }

    // One table per output: its most influential factors by the main index (μ* or the total Sobol index), largest first.
    private void Print(IReadOnlyList<SensitivityRow> rows)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Interactive = InteractionSupport.No });
        foreach (var output in rows.Where(r => r.Index == SensitivityIndexes.Main(r.Method)).GroupBy(r => r.Output))
        {
            var ranked = output.OrderByDescending(r => r.Value).ToList();
            var title = ranked[0].Method == SensitivityMethod.Morris ? "Morris μ*" : "total Sobol index";
            var table = new Table().Title(Markup.Escape($"{output.Key}: {title} (95 % bootstrap interval)")).AddColumns("factor", "value", "interval");
            foreach (var r in ranked.Take(Shown))
            {
                table.AddRow(Markup.Escape(r.Factor), MarkdownNumber.Format(r.Value), Markup.Escape(MarkdownNumber.Interval(r.CiLow, r.CiHigh)));
            }
            if (ranked.Count > Shown)
            {
                table.Caption($"{ranked.Count - Shown} more in sensitivity.csv");
            }
            terminal.Write(table);
        }
    }
}
