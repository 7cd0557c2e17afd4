namespace Simulation.Output;

/// <summary>
/// Another run is writing the results folder asked for: its staging folder beside it holds a lock that its process still
/// has. The second run is refused before any work, since whichever finished last would silently replace the other's results.
/// </summary>
/// <param name="folder">The folder asked for.</param>
/// <param name="staging">The other run's staging folder.</param>
/// <param name="processId">The other run's process id, or null when its lock does not name it.</param>
public sealed class FolderInUseException(string folder, string staging, int? processId)
    : IOException($"another run is writing to '{folder}' ({(processId is { } id ? $"process {id}, " : string.Empty)}into '{staging}'); "
        + "wait until it has finished, or choose another folder")
{
    /// <summary>The folder asked for.</summary>
    public string Folder { get; } = folder;

    /// <summary>The other run's staging folder.</summary>
    public string Staging { get; } = staging;

    /// <summary>The other run's process id, or null when its lock does not name it.</summary>
    public int? ProcessId { get; } = processId;
}
