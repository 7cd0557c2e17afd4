using Microsoft.Extensions.Logging;

namespace Simulation.Cli;

/// <summary>Event ids of the CLI's log messages, stable so logs can be filtered.</summary>
public static class LogEvents
{
    /// <summary>A run finished and its results were committed.</summary>
    public static readonly EventId RunFinished = new(1001, nameof(RunFinished));

    /// <summary>A scenario was rejected.</summary>
    public static readonly EventId ScenarioRejected = new(1002, nameof(ScenarioRejected));

    /// <summary>A run failed.</summary>
    public static readonly EventId RunFailed = new(1004, nameof(RunFailed));
}
