using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// Where a command's tables go: the terminal at its width, or, when the output is a file or pipe (a batch job's log, a
/// script), a width wide enough that every row stays on one line rather than wrapped at 80 columns.
/// </summary>
public static class ResultsTerminal
{
    private const int WidthWhenRedirected = 160;

    /// <summary>A console writing tables to <paramref name="console"/>'s output.</summary>
    public static IAnsiConsole For(ConsoleStreams console) => For(console.Out, console.OutIsInteractive);

    /// <summary>A console writing tables to <paramref name="writer"/>, fitted to a terminal's width only when it is one.</summary>
    public static IAnsiConsole For(TextWriter writer, bool interactive)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Interactive = InteractionSupport.No });
        if (!interactive)
        {
            terminal.Profile.Width = WidthWhenRedirected;
        }
        return terminal;
    }

    /// <summary>Writes <paramref name="title"/> on a line of its own, then <paramref name="table"/>: a title longer than a
    /// narrow table would otherwise be wrapped to the table's width.</summary>
    public static void Write(this IAnsiConsole terminal, string title, Table table)
    {
        terminal.WriteLine(title);
        terminal.Write(table);
    }
}
