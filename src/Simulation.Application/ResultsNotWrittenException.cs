namespace Simulation.Application;

/// <summary>
/// Results could not be written where they were asked for (a full disk, a read-only folder); the host says where and why
/// and exits with a code of its own. What was asked for is never left half-written.
/// </summary>
/// <param name="destination">The folder or file the results were going to.</param>
/// <param name="inner">The system's reason.</param>
public sealed class ResultsNotWrittenException(string destination, Exception inner)
    : IOException($"Failed to write to '{destination}': {Reason(destination, inner)}", inner)
{
    // Below this much free space a failure to write is taken for a full disk, said in the user's terms rather than the
    // system's (whose message may name a staging file the user never asked for).
    private const long NearlyFull = 1 << 20;
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

    // Why the write failed: a full disk said so, judged by the disk's free space rather than by the system's message; else
    // the system's reason.
    private static string Reason(string destination, Exception inner) =>
        inner is IOException && FreeBytes(destination) is { } free && free < NearlyFull
            ? $"the disk that holds it is full ({free:N0} bytes free); free some space or choose a folder on another disk, then run the command again"
            : inner.Message;

    // The free space of the disk that holds the path (or the nearest folder above it that exists), or null when it cannot be told.
    private static long? FreeBytes(string path)
    {
        try
        {
            var folder = Path.GetFullPath(path);
            while (!Directory.Exists(folder) && Path.GetDirectoryName(folder) is { } above)
            {
                folder = above;
            }
            return Directory.Exists(folder) ? new DriveInfo(folder).AvailableFreeSpace : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
