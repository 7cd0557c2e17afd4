using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Scenarios;
using Simulation.Output;
using Simulation.Output.Csv;
using Simulation.Output.Reports;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim run</c>: loads and checks the scenario, runs the replications with a
/// progress bar, writes every result into a staging folder and swaps it into place only when all is written. With
/// <see cref="RunRequest.NoOutcomes"/> it skips <c>outcomes.csv</c>, whose rows are the only output that grows with the
/// number of replications.
/// </summary>
public sealed class RunService(ILogger<RunService> logger, ConsoleStreams console)
{
    /// <summary>Returns the exit code of a run.</summary>
    public async Task<int> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        if (ScenarioInput.Load(request.ScenarioPath, console, logger) is not { } loaded)
        {
            return ExitCodes.InvalidScenario;
        }

        var scenario = loaded.Model;
        var options = new RunOptions(request.Replications ?? scenario.Replications, request.Seed ?? scenario.Seed, request.Threads);
        var finalPath = request.OutputDirectory ?? Path.Combine("output", scenario.Name);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        logger.LogInformation(LogEvents.RunStarted, "Running {Scenario}: {Replications} replications, seed {Seed}, {Threads} threads", scenario.Name, options.Replications, options.Seed, options.Threads);

        try
        {
            using var staging = OutputDirectory.Create(finalPath);
            RunResult result;
            var files = new List<string>();
            if (request.NoOutcomes)
            {
                result = await Task.Run(() => RunWithProgress(scenario, options, [], request.Quiet, cancellationToken), cancellationToken);
            }
            else
            {
                using var outcomes = new OutcomeCsvWriter(Path.Combine(staging.Path, RunWriter.OutcomesFile), scenario);
                result = await Task.Run(() => RunWithProgress(scenario, options, [outcomes], request.Quiet, cancellationToken), cancellationToken);
                files.Add(RunWriter.OutcomesFile);
            }
            files.AddRange(RunWriter.WriteResults(staging.Path, scenario, result));
            files.Add(HtmlReport.FileName);
            files.Add("manifest.json");
            files.Sort(StringComparer.Ordinal);
            var manifest = new RunManifest(
                ToolVersion(), scenario.Name, loaded.File.Path, loaded.File.Sha256,
                loaded.Files.Skip(1).ToList(), options.Seed, options.Replications, options.Threads, result.Modes,
                started.ToString("O"), clock.Elapsed.TotalSeconds, files, PeakWorkingSet());
            HtmlReport.Write(Path.Combine(staging.Path, HtmlReport.FileName), loaded, result, manifest, ResultNarrative.Describe(scenario, result));
            ManifestWriter.Write(Path.Combine(staging.Path, "manifest.json"), manifest);
            staging.Commit();

            logger.LogInformation(LogEvents.RunFinished, "Wrote {Count} files to {Path} in {Seconds:F1} s", files.Count, finalPath, clock.Elapsed.TotalSeconds);
            if (!request.Quiet)
            {
                WinnersTable.Write(console.Out, scenario, result);
            }
            console.Out.WriteLine($"Results in {finalPath}/ ({options.Replications:N0} replications × {result.Modes.Count} regime modes, {clock.Elapsed.TotalSeconds:F1} s)");
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning(LogEvents.RunCancelled, "Run of {Scenario} cancelled; nothing was written", scenario.Name);
            console.Error.WriteLine("Cancelled; no partial output was left behind.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(LogEvents.RunFailed, e, "Run of {Scenario} failed", scenario.Name);
            console.Error.WriteLine($"Failed to write results to '{finalPath}': {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private RunResult RunWithProgress(Core.Scenario scenario, RunOptions options, IReadOnlyList<IReplicationObserver> observers, bool quiet, CancellationToken cancellationToken)
    {
        if (quiet || !console.ErrorIsInteractive)
        {
            return MonteCarlo.Run(scenario, options, observers, null, cancellationToken);
        }
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        RunResult? result = null;
        terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{scenario.Name}: {options.Replications:N0} replications", maxValue: options.Replications);
                result = MonteCarlo.Run(scenario, options, observers, new SynchronousProgress(task), cancellationToken);
                task.Value = options.Replications;
            });
        return result!;
    }

    // Read at the end, after the results and plots are written, so it covers the whole run.
    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static string ToolVersion() =>
        typeof(RunService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    // Progress<T> posts to the thread pool; the bar is updated directly instead, from the runner's thread.
    private sealed class SynchronousProgress(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
