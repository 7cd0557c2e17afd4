namespace Simulation.Cli;

/// <summary>The standard output and error streams, injected so tests can capture what a command prints.</summary>
/// <param name="Out">Results and tables.</param>
/// <param name="Error">Progress, warnings and errors.</param>
/// <param name="ErrorIsInteractive">True when the error stream is a terminal (progress bars are drawn only then).</param>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool ErrorIsInteractive)
{
    /// <summary>The process's own console.</summary>
    public static ConsoleStreams System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
