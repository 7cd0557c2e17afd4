using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// A progress bar with the time left, drawn on stderr while long work runs, so results on stdout stay clean; when stderr is
/// not a terminal (a batch job's log) a plain line a minute instead (<see cref="ProgressLines"/>); nothing when the user
/// asked for quiet.
/// </summary>
public static class TerminalProgress
{
    /// <summary>Returns what <paramref name="work"/> returns; it receives the bar to report absolute progress to, or null.</summary>
    public static T Run<T>(ConsoleStreams console, bool quiet, string description, long total, Func<IProgress<long>?, T> work)
    {
        if (quiet)
        {
            return work(null);
        }
        if (!console.ErrorIsInteractive)
        {
            using var lines = new ProgressLines(console.Error, description, total, TimeProvider.System, ProgressLines.Minute);
            return work(lines);
        }
        T result = default!;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) })
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                result = work(new Bar(task));
                task.Value = total;
            });
        return result;
    }

    // Progress<T> posts to the thread pool; the bar is set directly instead, from the worker's thread.
    private sealed class Bar(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
