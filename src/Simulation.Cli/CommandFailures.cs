using Microsoft.Extensions.Logging;
using Simulation.Application;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;

namespace Simulation.Cli;

/// <summary>
/// The one place a command's failures become what the user sees and an exit code: a rejected scenario or experiment (2),
/// an option's value the inputs do not have (1, followed by where the command's help is), inputs that cannot be used
/// together, a folder or games database that holds something else or that another run is writing (1), an interruption
/// (130, saying what was kept), a failure to write or to measure (3). The use cases throw typed errors; nothing here reads
/// a message for meaning.
/// </summary>
public sealed class CommandFailures(ILogger<CommandFailures> logger, ConsoleStreams console)
{
    /// <summary>The interruption message of a command that writes all its output at the end.</summary>
    public const string NothingLeft = "Cancelled; no partial output was left behind.";

    /// <summary>The line that points to the running command's help (<see cref="HelpLayout.Pointer"/>), written after an
    /// option's value refused once the inputs are read, as after one refused while parsing; set once the command line is
    /// parsed, before the command runs.</summary>
    public string? HelpPointer { get; set; }

    /// <summary>Runs <paramref name="command"/> and returns its exit code, or the code of what it threw.</summary>
    /// <param name="command">The command's work.</param>
    /// <param name="refused">Start of the message when the inputs cannot be used together ("Cannot compare"), or null for
    /// the reason alone.</param>
    public async Task<int> RunAsync(Func<Task<int>> command, string? refused = null)
    {
        try
        {
            return await command();
        }
        catch (ScenarioException e)
        {
            logger.LogDebug(LogEvents.ScenarioRejected, "{Kind} rejected: {Problems}", e.Kind, string.Join("; ", e.Problems));
            console.Error.WriteLine(e.Message);
            return ExitCodes.InvalidScenario;
        }
        catch (Application.Replays.UnknownModeException e)
        {
            console.Error.WriteLine($"--mode: {e.Message}");
            if (HelpPointer is { } pointer)
            {
                console.Error.WriteLine(pointer);
            }
            return ExitCodes.InvalidArguments;
        }
        catch (OptionValueException e)
        {
            console.Error.WriteLine(e.Message);
            if (HelpPointer is { } pointer)
            {
                console.Error.WriteLine(pointer);
            }
            return ExitCodes.InvalidArguments;
        }
        catch (Exception e) when (e is InvalidDataException or InputConflictException or Application.Games.Journal.GameDatabaseRefusedException
            or Output.ForeignFilesException or Output.FolderInUseException)
        {
            console.Error.WriteLine(refused is null ? e.Message : $"{refused}: {e.Message}");
            return ExitCodes.InvalidArguments;
        }
        catch (Experiments.Calibration.NoParticleFitsException e)
        {
            console.Error.WriteLine($"{e.Message}; give each particle more replications (--replications) or run more particles (--particles).");
            return ExitCodes.InvalidArguments;
        }
        catch (WorkKeptException e)
        {
            console.Error.WriteLine(e.Message);
            if ((Output.Batch.ArrayTaskResubmission.For(e.KeptFile, Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID"), e.NothingFinished)
                ?? (Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID") is null
                    ? Output.Batch.ArrayTaskResubmission.ForGather(e.KeptFile, Environment.GetEnvironmentVariable("SLURM_JOB_ID"))
                    : null)) is { } again)
            {
                console.Error.WriteLine(again);
            }
            return ExitCodes.Cancelled;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine(NothingLeft);
            return ExitCodes.Cancelled;
        }
        catch (ResultsNotWrittenException e)
        {
            logger.LogDebug(LogEvents.RunFailed, e.InnerException, "Failed to write to {Destination}", e.Destination);
            console.Error.WriteLine(e.Message);
            return ExitCodes.Failed;
        }
        catch (OutOfMemoryException e)
        {
            logger.LogDebug(LogEvents.RunFailed, e, "Out of memory");
            console.Error.WriteLine("Failed: not enough memory for work of this size; give fewer replications, particles or records.");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Application.Bench.ProbeFailedException)
        {
            logger.LogDebug(LogEvents.RunFailed, e, "Command failed");
            console.Error.WriteLine($"Failed: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
