using System.Text.Json.Nodes;

namespace Simulation.Output;

/// <summary>
/// A results folder that appears all at once: everything is written to a staging sibling and swapped into place by
/// <see cref="Commit"/>, so an interrupted run never leaves a half-written folder where an earlier good one stood. While
/// it is written, the staging folder holds a lock, so that a second run into the same folder is refused rather than
/// replacing the first one's results (or being replaced by them) and a staging folder left by a killed run is told from a
/// live one.
/// </summary>
public sealed class OutputDirectory : IDisposable
{
    // The lock file of a staging folder: .regsim-<process id>.lock.
    private const string LockPrefix = ".regsim-";
    private const string LockSuffix = ".lock";

    private bool _committed;
    private bool _disposed;
    private FileStream? _lock;

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
    /// Returns a new, empty staging folder for <paramref name="finalPath"/>, whose contents <see cref="Commit"/> replaces
    /// as a whole: a sibling named <c>&lt;final&gt;.partial-&lt;random&gt;</c>. Missing parent folders are created. A folder
    /// that holds anything but an earlier result of the same command (the files its manifest lists, or
    /// <paramref name="knownFiles"/> for a command that writes no manifest) is refused before any work starts, never
    /// emptied: it may hold a user's own files, or another command's costly results.
    /// </summary>
    /// <param name="finalPath">The folder the results should end up in; it may already hold an earlier result.</param>
    /// <param name="manifestMark">A property only the command's own <c>manifest.json</c> has (a run's <c>scenarioName</c>),
    /// so another command's manifest does not pass for an earlier result; null for a command that writes none.</param>
    /// <param name="knownFiles">The files, relative to the folder, that the command writes there besides those its
    /// manifest lists.</param>
    /// <exception cref="ForeignFilesException">The folder holds files no earlier result accounts for.</exception>
    /// <exception cref="InvalidDataException">The path is a file, or a file system's root.</exception>
    /// <exception cref="FolderInUseException">Another run is writing the folder (its staging folder's lock is held).</exception>
    public static OutputDirectory Create(string finalPath, string? manifestMark, params IReadOnlyCollection<string> knownFiles)
    {
        var full = ResultsFolder.FullPath(finalPath);
        ResultsFolder.RefuseFileOrRoot(full);
        ResultsFolder.RefuseForeignFiles(full, manifestMark, knownFiles);
        RefuseUnwritable(full);
        return Stage(full);
    }

    // An existing folder the results replace as a whole is renamed aside and deleted at the end, which a folder no file can be
    // written in (read-only, or immutable) does not allow: found by writing a probe file before the work, not after it.
    private static void RefuseUnwritable(string full)
    {
        if (!Directory.Exists(full))
        {
            return;
        }
        var probe = System.IO.Path.Combine(full, $".regsim-probe-{Guid.NewGuid().ToString("N")[..12]}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write in '{full}' ({(e is UnauthorizedAccessException ? "no permission" : e.Message.Replace(probe, full, StringComparison.Ordinal))}): "
                + "the results replace that folder as a whole, so it must be writable; make it so, or give another --out", e);
        }
    }

    /// <summary>
    /// Returns a new, empty staging folder inside <paramref name="finalPath"/> (<c>.partial-&lt;random&gt;</c>) whose files
    /// <see cref="CommitFiles"/> moves in one by one, leaving every other file of the folder where it is: for a folder that
    /// also holds a journal, shards or a batch job's logs.
    /// </summary>
    /// <param name="finalPath">The folder the results should end up in; it may already exist.</param>
    /// <exception cref="InvalidDataException">The path is a file, or a file system's root.</exception>
    public static OutputDirectory CreateInto(string finalPath)
    {
        var full = ResultsFolder.FullPath(finalPath);
        ResultsFolder.RefuseFileOrRoot(full);
        // Staged inside the folder, which the command already writes its journal to: its parent (a home folder, a mount
        // point) need not be writable.
        var staging = System.IO.Path.Combine(full, $".partial-{Guid.NewGuid().ToString("N")[..12]}");
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
        Release();
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

    /// <summary>
    /// Deletes the files <paramref name="earlier"/> (the folder's manifest before these results, when it is the command's
    /// own) lists and <paramref name="files"/> do not, such as the plot of an output no longer analysed, so that the folder
    /// holds one set of results once <see cref="CommitFiles"/> has moved these in (called after it, with the manifest read
    /// before it, so that an interruption leaves the earlier results whole); files outside the folder, and those
    /// <paramref name="removable"/> does not admit (a journal kept to resume from), are never touched.
    /// </summary>
    public void RemoveEarlierResults(JsonObject? earlier, IReadOnlyCollection<string> files, Func<string, bool>? removable = null)
    {
        var root = FinalPath + System.IO.Path.DirectorySeparatorChar;
        foreach (var file in ManifestWriter.ListedFiles(earlier).Except(files, StringComparer.Ordinal).Where(f => removable?.Invoke(f) ?? true))
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, file));
            if (path.StartsWith(root, StringComparison.Ordinal) && File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Deletes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        Release();
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
        _disposed = true;
    }

    private static OutputDirectory Stage(string full)
    {
        var staging = Sibling(full, "partial");
        FileStream held;
        try
        {
            Directory.CreateDirectory(staging);
            held = Hold(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            // The staging folder's name is ours, not the user's: the message names the folder they can act on.
            var parent = System.IO.Path.GetDirectoryName(full) ?? full;
            throw new IOException(e is UnauthorizedAccessException
                ? $"no permission to create a folder in '{parent}'"
                : $"cannot create a folder in '{parent}' ({e.Message.Replace(staging, full, StringComparison.Ordinal)})", e);
        }
        var output = new OutputDirectory(staging, full) { _lock = held };
        // Looked for once this run's own staging folder holds its lock, so that of two runs started together at least one
        // sees the other.
        if (Writers(full).FirstOrDefault(w => w.Folder != staging) is { Folder: not null } other)
        {
            output.Dispose();
            throw new FolderInUseException(full, other.Folder, other.ProcessId);
        }
        return output;
    }

    // Takes the lock of a staging folder: a file held open, unshared, for as long as the folder is written. The operating
    // system lets it go however the process ends (even killed outright), so a lock that can be taken is a run that is over.
    // The process id is in its name, since a held file cannot be read.
    private static FileStream Hold(string staging) =>
        new(System.IO.Path.Combine(staging, $"{LockPrefix}{Environment.ProcessId}{LockSuffix}"), FileMode.CreateNew, FileAccess.Write, FileShare.None);

    // Lets the lock go and removes its file, so that the folder holds only the results.
    private void Release()
    {
        if (_lock is { } held)
        {
            held.Dispose();
            File.Delete(held.Name);
            _lock = null;
        }
    }

    // The staging folders beside `full` whose run is still writing them (its lock is held), each with the process id its
    // lock names.
    private static IEnumerable<(string Folder, int? ProcessId)> Writers(string full)
    {
        foreach (var folder in Siblings(full, "partial"))
        {
            string[] locks;
            try
            {
                locks = Directory.GetFiles(folder, $"{LockPrefix}*{LockSuffix}");
            }
            catch (Exception e) when (e is DirectoryNotFoundException or UnauthorizedAccessException)
            {
                continue; // moved into place as its run finished, or not ours to look in
            }
            foreach (var file in locks)
            {
                if (IsHeld(file))
                {
                    var name = System.IO.Path.GetFileName(file);
                    yield return (folder, int.TryParse(name[LockPrefix.Length..^LockSuffix.Length], out var id) ? id : null);
                    break;
                }
            }
        }
    }

    private static bool IsHeld(string lockFile)
    {
        try
        {
            using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return false; // gone with its run, or not ours to tell
        }
        catch (IOException)
        {
            return true;
        }
    }
    /// <summary>
    /// Returns the staging and set-aside folders that interrupted commands left beside <paramref name="finalPath"/>
    /// (<c>&lt;final&gt;.partial-…</c>, <c>&lt;final&gt;.old-…</c>), so a command can name them: a killed process cannot clean
    /// up after itself. A staging folder a running command still writes (it holds its lock) is not among them; the others are
    /// named, never deleted, for the user to remove.
    /// </summary>
    public static IReadOnlyList<string> LeftOver(string finalPath)
    {
        var full = ResultsFolder.FullPath(finalPath);
        var live = Writers(full).Select(w => w.Folder).ToHashSet(StringComparer.Ordinal);
        return [.. Siblings(full, "partial").Concat(Siblings(full, "old")).Where(d => !live.Contains(d)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Returns the bytes free to this process on the disk of the staging folder, or null when the system does not
    /// say: for a command to refuse, before its work, files that could not fit.</summary>
    public long? AvailableBytes()
    {
        try
        {
            return new DriveInfo(Path).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    // The folders named `<final>.<kind>-<random>` beside `full`.
    private static IEnumerable<string> Siblings(string full, string kind)
    {
        var parent = System.IO.Path.GetDirectoryName(full);
        var name = System.IO.Path.GetFileName(full);
        if (parent is null || name.Length == 0 || !Directory.Exists(parent))
        {
            return [];
        }
        var ours = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(name)}\\.{kind}-[0-9a-f]{{12}}$");
        return Directory.GetDirectories(parent, $"{name}.{kind}-*").Where(d => ours.IsMatch(System.IO.Path.GetFileName(d)));
    }

    private static string Sibling(string path, string kind) =>
        $"{path}.{kind}-{Guid.NewGuid().ToString("N")[..12]}";
}
