namespace Simulation.Cli;

/// <summary>The standard output and error streams, injected so tests can capture what a command prints.</summary>
/// <param name="Out">Results and tables.</param>
/// <param name="Error">Progress, warnings and errors.</param>
/// <param name="ErrorIsInteractive">True when the error stream is a terminal (progress bars are drawn only then).</param>
/// <param name="OutIsInteractive">True when the output stream is a terminal, whose width tables fit; a file or pipe has no
/// width, and a wide table written there is better whole than wrapped at 80 columns.</param>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool ErrorIsInteractive, bool OutIsInteractive = true)
{
    /// <summary>The process's own console.</summary>
    public static ConsoleStreams System => new(Console.Out, Console.Error, !Console.IsErrorRedirected, !Console.IsOutputRedirected);
}
