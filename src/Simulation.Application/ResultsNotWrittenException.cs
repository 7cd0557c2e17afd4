namespace Simulation.Application;

/// <summary>
/// Results could not be written where they were asked for (a full disk, a read-only folder); the host says where and why
/// and exits with a code of its own. What was asked for is never left half-written.
/// </summary>
/// <param name="destination">The folder or file the results were going to.</param>
/// <param name="inner">The system's reason.</param>
public sealed class ResultsNotWrittenException(string destination, Exception inner)
    : IOException($"Failed to write to '{destination}': {inner.Message}", inner)
{
    /// <summary>The folder or file the results were going to.</summary>
    public string Destination { get; } = destination;

    /// <summary>Runs <paramref name="write"/>, turning a failure to write into this exception naming <paramref name="destination"/>.</summary>
    public static T Guard<T>(string destination, Func<T> write)
    {
        try
        {
            return write();
        }
        // A folder refused for the user's files in it, or for another run writing it, is not a failure to write: it passes
        // through, for the host to say so.
        catch (Exception e) when (e is UnauthorizedAccessException
            || (e is IOException && e is not (ResultsNotWrittenException or Output.ForeignFilesException or Output.FolderInUseException)))
        {
            throw new ResultsNotWrittenException(destination, e);
        }
    }

    /// <summary>Runs <paramref name="write"/>, turning a failure to write into this exception naming <paramref name="destination"/>.</summary>
    public static void Guard(string destination, Action write) => Guard<object?>(destination, () =>
    {
        write();
        return null;
    });
}
