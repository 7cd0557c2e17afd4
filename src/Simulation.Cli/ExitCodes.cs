namespace Simulation.Cli;

/// <summary>Exit codes of <c>regsim</c>, so scripts and batch schedulers can tell failures apart.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bad command-line arguments (reported by the parser).</summary>
    public const int InvalidArguments = 1;

    /// <summary>The scenario file was rejected; nothing ran and nothing was written.</summary>
    public const int InvalidScenario = 2;

    /// <summary>The run failed while running or writing; no partial output was left.</summary>
    public const int Failed = 3;

    /// <summary><c>validate</c> ran to the end but at least one judged check failed, so a CI script can tell a failing model
    /// from a command that could not run.</summary>
    public const int ChecksFailed = 4;

    /// <summary>Interrupted (Ctrl-C or SIGTERM); no partial output was left.</summary>
    public const int Cancelled = 130;
}
