using Microsoft.Extensions.Logging;
using Simulation.Experiments.Scenarios;

namespace Simulation.Cli;

/// <summary>Loads a command's scenario and reports a rejected one the same way for every command: every problem on stderr
/// and in the log, nothing run.</summary>
public static class ScenarioInput
{
    /// <summary>Returns the scenario, or null when it was rejected (the caller exits with <see cref="ExitCodes.InvalidScenario"/>).</summary>
    public static LoadedScenario? Load(string path, ConsoleStreams console, ILogger logger)
    {
        try
        {
            return ScenarioLoader.Load(path);
        }
        catch (ScenarioException e)
        {
            logger.LogError(LogEvents.ScenarioRejected, "Scenario rejected: {Problems}", string.Join("; ", e.Problems));
            console.Error.WriteLine(e.Message);
            return null;
        }
    }
}
