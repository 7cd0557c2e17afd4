namespace Simulation.Output;

/// <summary>
/// A results folder that appears all at once: everything is written to a staging sibling and swapped into place by
/// <see cref="Commit"/>, so an interrupted run never leaves a half-written folder where an earlier good one stood.
/// </summary>
public sealed class OutputDirectory : IDisposable
{
    private bool _committed;
    private bool _disposed;

    private OutputDirectory(string path, string finalPath)
    {
        Path = path;
        FinalPath = finalPath;
    }

    /// <summary>The staging folder, where every file of the run is written.</summary>
    public string Path { get; }

    /// <summary>Where the folder ends up after <see cref="Commit"/>.</summary>
    public string FinalPath { get; }

    /// <summary>
    /// Returns a new, empty staging folder for <paramref name="finalPath"/>: a sibling named
    /// <c>&lt;final&gt;.partial-&lt;random&gt;</c>. Missing parent folders are created.
    /// </summary>
    /// <param name="finalPath">The folder the results should end up in; it may already exist.</param>
    public static OutputDirectory Create(string finalPath)
    {
        var full = System.IO.Path.GetFullPath(finalPath).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var staging = Sibling(full, "partial");
        Directory.CreateDirectory(staging);
        return new OutputDirectory(staging, full);
    }

    /// <summary>
    /// Moves the staging folder to <see cref="FinalPath"/>. An existing folder there is first renamed aside and
    /// deleted only once the new one is in place.
    /// </summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException($"{FinalPath} was already committed.");
        }
        string? old = null;
        if (Directory.Exists(FinalPath))
        {
            old = Sibling(FinalPath, "old");
            Directory.Move(FinalPath, old);
        }
        try
        {
            Directory.Move(Path, FinalPath);
        }
        catch when (old is not null)
        {
            // Put the earlier results back rather than leave nothing in their place.
            Directory.Move(old, FinalPath);
            throw;
        }
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>
    /// Moves the staged files into <see cref="FinalPath"/> one at a time, each replacing the file of the same name there
    /// (a rename, so no reader sees half a file), and <paramref name="last"/> after all the others; files of the folder the
    /// run did not write stay. For a folder that also holds a journal, shards or a batch job's logs, which
    /// <see cref="Commit"/> would swap away with the folder.
    /// </summary>
    /// <param name="last">The file moved last (the manifest, so it never names a file not yet in place), relative to the
    /// staging folder; null when the order does not matter.</param>
    public void CommitFiles(string? last = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException($"{FinalPath} was already committed.");
        }
        var files = Directory.GetFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f))
            .OrderBy(f => f == last ? 1 : 0)
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var target = System.IO.Path.Combine(FinalPath, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Move(System.IO.Path.Combine(Path, file), target, overwrite: true);
        }
        _committed = true;
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>Deletes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
        _disposed = true;
    }

    private static string Sibling(string path, string kind) =>
        $"{path}.{kind}-{Guid.NewGuid().ToString("N")[..12]}";
}
