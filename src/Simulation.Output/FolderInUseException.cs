namespace Simulation.Output;

/// <summary>
/// Another run is writing the results folder asked for: its staging folder beside it, or the folder itself for a command that
/// appends to it (<see cref="JournalLock"/>), holds a lock that its process still has. The second run is refused before any
/// work, since whichever finished last would silently replace the other's results, or both would run the same points.
/// </summary>
/// <param name="folder">The folder asked for.</param>
/// <param name="staging">The other run's staging folder, or <paramref name="folder"/> for a journal's lock.</param>
/// <param name="processId">The other run's process id, or null when its lock does not name it.</param>
public sealed class FolderInUseException(string folder, string staging, int? processId)
    : IOException(Describe(folder, staging, processId))
{
    /// <summary>The folder asked for.</summary>
    public string Folder { get; } = folder;

    /// <summary>The other run's staging folder.</summary>
    public string Staging { get; } = staging;

    /// <summary>The other run's process id, or null when its lock does not name it.</summary>
    public int? ProcessId { get; } = processId;

    // The folder, the other run's process and where it writes (unless it writes in the folder itself, as a sweep does).
    private static string Describe(string folder, string staging, int? processId)
    {
        var process = processId is { } id ? $"process {id}" : null;
        var where = staging == folder ? null : $"into '{staging}'";
        var about = string.Join(", ", new[] { process, where }.OfType<string>());
        return $"another run is writing to '{folder}'{(about.Length > 0 ? $" ({about})" : string.Empty)}; wait until it has finished, or choose another folder";
    }
}
