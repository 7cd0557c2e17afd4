using Microsoft.Extensions.Logging;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;

namespace Simulation.Cli;

/// <summary>
/// The one place a command's failures become what the user sees and an exit code: a rejected scenario or experiment (2), inputs
/// that cannot be used together or a folder that holds something else (1), an interruption (130), a failure to write (3).
/// Each command only says how it words them (<see cref="FailureWording"/>).
/// </summary>
public sealed class CommandFailures(ILogger<CommandFailures> logger, ConsoleStreams console)
{
    /// <summary>Runs <paramref name="command"/> and returns its exit code, or the code of what it threw, worded as
    /// <paramref name="wording"/> says at that moment (a command learns its output folder as it goes).</summary>
    public async Task<int> RunAsync(Func<Task<int>> command, Func<FailureWording> wording)
    {
        try
        {
            return await command();
        }
        catch (ScenarioException e)
        {
            logger.LogError(LogEvents.ScenarioRejected, "{Kind} rejected: {Problems}", e.Kind, string.Join("; ", e.Problems));
            console.Error.WriteLine(e.Message);
            return ExitCodes.InvalidScenario;
        }
        catch (Exception e) when (e is InvalidDataException or InputConflictException)
        {
            var refused = wording().Refused;
            console.Error.WriteLine(refused is null ? e.Message : $"{refused}: {e.Message}");
            return ExitCodes.InvalidArguments;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine(wording().Cancelled);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var failed = wording().WriteFailed;
            logger.LogError(LogEvents.RunFailed, e, "{Failure}", failed);
            console.Error.WriteLine($"{failed}: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
