namespace Simulation.Cli;

/// <summary>How one command words its failures for the user; <see cref="CommandFailures"/> decides which applies and the exit code.</summary>
/// <param name="WriteFailed">Start of the message when writing fails, for example "Failed to write to 'DIR'" (the system's
/// reason follows after a colon).</param>
/// <param name="Cancelled">The message when the command is interrupted: what was kept, and how to resume.</param>
/// <param name="Refused">Start of the message when the inputs cannot be used together (the reason follows), or null for the
/// reason alone.</param>
public sealed record FailureWording(string WriteFailed, string Cancelled = FailureWording.NothingLeft, string? Refused = null)
{
    /// <summary>The interruption message of a command that writes all its output at the end.</summary>
    public const string NothingLeft = "Cancelled; no partial output was left behind.";
}
