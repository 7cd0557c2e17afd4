namespace Simulation.Cli;

/// <summary>The standard streams, injected so tests can give a command its input and capture what it prints.</summary>
/// <param name="Out">Results and tables.</param>
/// <param name="Error">Progress, warnings and errors.</param>
/// <param name="ErrorIsInteractive">True when the error stream is a terminal (progress bars are drawn only then).</param>
/// <param name="OutIsInteractive">True when the output stream is a terminal, whose width tables fit; a file or pipe has no
/// width, and a wide table written there is better whole than wrapped at 80 columns.</param>
/// <param name="In">What a command reads (<c>regsim eval</c>'s points); the process's standard input unless given.</param>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool ErrorIsInteractive, bool OutIsInteractive = true, TextReader? In = null)
{
    /// <summary>The process's own console.</summary>
    public static ConsoleStreams System => new(Console.Out, Console.Error, !Console.IsErrorRedirected, !Console.IsOutputRedirected, Console.In);

    /// <summary>What a command reads: <see cref="In"/>, or the process's standard input.</summary>
    public TextReader Input => In ?? Console.In;
}
