using Microsoft.Extensions.Logging;
using Simulation.Application.Runs;
using Simulation.Output;

namespace Simulation.Cli;

/// <summary>
/// <c>regsim run</c> on the terminal: hands the request to <see cref="RunScenario"/> with a progress bar, then prints the
/// winners table and where the results are.
/// </summary>
public sealed class RunService(RunScenario runScenario, CommandFailures failures, ILogger<RunService> logger, ConsoleStreams console)
{
    /// <summary>Returns the exit code of a run.</summary>
    /// <param name="request">What to run.</param>
    /// <param name="quiet">No progress bar and no winners table.</param>
    /// <param name="cancellationToken">Ctrl-C.</param>
    public Task<int> RunAsync(RunRequest request, bool quiet, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var run = await Task.Run(() => runScenario.Run(request, new TerminalWorkProgress(console, quiet), cancellationToken), cancellationToken);
        logger.LogInformation(LogEvents.RunFinished, "Wrote {Count} files to {Path} in {Seconds:F1} s", run.Files.Count, run.Folder, run.Elapsed.TotalSeconds);
        if (!quiet)
        {
            WinnersTable.Write(console, run.Scenario.Model, run.Result);
        }
        console.Out.WriteLine($"Results in {run.Folder}/ ({run.Options.Replications:N0} replication{(run.Options.Replications == 1 ? "" : "s")} × {CountedNoun.Of(run.Result.Modes.Count, "regime mode")}, {run.Elapsed.TotalSeconds:F1} s)");
        LeftOverNote.Write(console.Out, run.Folder);
        ScenarioNotes.Write(console.Error, run.Scenario.Notes);
        return ExitCodes.Ok;
    });
}
