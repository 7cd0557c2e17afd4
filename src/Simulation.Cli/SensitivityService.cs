using System.Diagnostics;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output;
using Simulation.Output.Sensitivity;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim sensitivity</c>: loads the experiment, runs the Morris or Saltelli design
/// with a progress bar, and writes the indices and their plots atomically.
/// </summary>
public sealed class SensitivityService(ConsoleStreams console)
{
    /// <summary>Returns the exit code of a sensitivity study.</summary>
    public async Task<int> RunAsync(SensitivityRequest request, CancellationToken cancellationToken)
    {
        Experiment experiment;
        try
        {
            experiment = ExperimentLoader.Load(request.ExperimentPath);
        }
        catch (ScenarioException e)
        {
            console.Error.WriteLine(e.Message.Replace("Invalid scenario", "Invalid experiment", StringComparison.Ordinal));
            return ExitCodes.InvalidScenario;
        }
        foreach (var output in request.Outputs)
        {
            if (SensitivityStudy.CheckOutput(experiment, output) is { } problem)
            {
                console.Error.WriteLine(problem);
                return ExitCodes.InvalidArguments;
            }
        }
        var regime = request.Regime ?? experiment.Scenario.Model.Modes()[0].Label;
        var settings = new SensitivitySettings(request.Method, request.Outputs, regime, request.Trajectories, 4, request.BaseSamples, request.Bootstrap, experiment.Seed);
        var method = request.Method.ToString().ToLowerInvariant();
        var finalPath = request.OutputDirectory ?? Path.Combine("output", $"{experiment.Name}-{method}");
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        try
        {
            var total = SensitivityStudy.Points(experiment, settings).Count;
            var rows = await Task.Run(() => RunWithProgress(experiment, settings, total, request, cancellationToken), cancellationToken);
            using var staging = OutputDirectory.Create(finalPath);
            var files = SensitivityWriter.Write(staging.Path, rows, ModeCatalogue.From(experiment.Scenario.Model)).Append("manifest.json").Order(StringComparer.Ordinal).ToList();
            ManifestWriter.Write(Path.Combine(staging.Path, "manifest.json"), new
            {
                toolVersion = ToolVersion.Current,
                experimentFile = experiment.File.Path,
                experimentSha256 = experiment.File.Sha256,
                scenarioSha256 = experiment.Scenario.File.Sha256,
                method,
                regime,
                points = total,
                replicationsPerPoint = experiment.ReplicationsPerPoint,
                seed = experiment.Seed,
                bootstrapResamples = request.Bootstrap,
                startedUtc = started.ToString("O"),
                wallTimeSeconds = clock.Elapsed.TotalSeconds,
                files,
            });
            staging.Commit();
            if (!request.Quiet)
            {
                Print(rows);
            }
            console.Out.WriteLine($"Sensitivity ({method}, {total} points × {experiment.ReplicationsPerPoint} replications) in {finalPath}/");
            return ExitCodes.Ok;
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.InvalidArguments;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("Cancelled; no partial output was left behind.");
            return ExitCodes.Cancelled;
        }
    }

    private IReadOnlyList<SensitivityRow> RunWithProgress(Experiment experiment, SensitivitySettings settings, int total, SensitivityRequest request, CancellationToken cancellationToken) =>
        TerminalProgress.Run(console, request.Quiet, $"{settings.Method}: {total} points", total, progress =>
        {
            var done = 0;
            return SensitivityStudy.Run(experiment, settings, request.Threads, () => progress?.Report(++done), cancellationToken);
        });

    private void Print(IReadOnlyList<SensitivityRow> rows)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Interactive = InteractionSupport.No });
        var main = rows.Where(r => r.Index is "mu_star" or "total").ToList();
        var table = new Table().Title(main.Count > 0 && main[0].Index == "total" ? "Total Sobol index (95 % bootstrap interval)" : "Morris μ* (95 % bootstrap interval)")
            .AddColumn("factor");
        var outputs = main.Select(r => r.Output).Distinct().ToList();
        foreach (var output in outputs)
        {
            table.AddColumn(Markup.Escape(output));
        }
        foreach (var factor in main.Select(r => r.Factor).Distinct())
        {
            table.AddRow([Markup.Escape(factor), .. outputs.Select(o => main.Single(r => r.Factor == factor && r.Output == o)).Select(r => $"{r.Value:G3} ({r.CiLow:G3}, {r.CiHigh:G3})")]);
        }
        terminal.Write(table);
    }
}
