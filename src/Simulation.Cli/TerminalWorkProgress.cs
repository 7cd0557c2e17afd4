using Simulation.Application;

namespace Simulation.Cli;

/// <summary>The terminal's view of a use case's progress: a bar on stderr (see <see cref="TerminalProgress"/>), notes on
/// stderr always, steps only when the user did not ask for quiet.</summary>
public sealed class TerminalWorkProgress(ConsoleStreams console, bool quiet) : IWorkProgress
{
    /// <inheritdoc />
    public T Track<T>(string description, long total, Func<IProgress<long>?, T> work) => TerminalProgress.Run(console, quiet, description, total, work);

    /// <inheritdoc />
    public void Note(string message) => console.Error.WriteLine(message);

    /// <inheritdoc />
    public void Step(string message)
    {
        if (!quiet)
        {
            console.Error.WriteLine(message);
        }
    }
}
