using System.Text.Json.Nodes;

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
    /// <exception cref="InvalidDataException">The path is a file.</exception>
    public static OutputDirectory Create(string finalPath, string? manifestMark, params IReadOnlyCollection<string> knownFiles)
    {
        var full = FullPath(finalPath);
        RefuseForeignFiles(full, manifestMark, knownFiles);
        return Stage(full);
    }

    /// <summary>
    /// Returns a new, empty staging folder inside <paramref name="finalPath"/> (<c>.partial-&lt;random&gt;</c>) whose files
    /// <see cref="CommitFiles"/> moves in one by one, leaving every other file of the folder where it is: for a folder that
    /// also holds a journal, shards or a batch job's logs.
    /// </summary>
    /// <param name="finalPath">The folder the results should end up in; it may already exist.</param>
    /// <exception cref="InvalidDataException">The path is a file.</exception>
    public static OutputDirectory CreateInto(string finalPath)
    {
        var full = FullPath(finalPath);
        RefuseFile(full);
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
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
        _disposed = true;
    }

    // A folder given through a symbolic link is written where the link points, so the link, which is the user's, stays and
    // leads to the new results (replacing the link's own path would drop it and leave the results out of its target).
    private static string FullPath(string finalPath)
    {
        var full = System.IO.Path.GetFullPath(finalPath).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var linked = new DirectoryInfo(full);
        if (linked.LinkTarget is not { } target)
        {
            return full;
        }
        // A link to a folder not made yet leads where the results will be made.
        var resolved = linked.ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? System.IO.Path.GetFullPath(target, System.IO.Path.GetDirectoryName(full) ?? full);
        return resolved.TrimEnd(System.IO.Path.DirectorySeparatorChar);
    }

    private static OutputDirectory Stage(string full)
    {
        var staging = Sibling(full, "partial");
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The staging folder's name is ours, not the user's: the message names the folder they can act on.
            var parent = System.IO.Path.GetDirectoryName(full) ?? full;
            throw new IOException(e is UnauthorizedAccessException
                ? $"no permission to create a folder in '{parent}'"
                : $"cannot create a folder in '{parent}' ({e.Message.Replace(staging, full, StringComparison.Ordinal)})", e);
        }
        return new OutputDirectory(staging, full);
    }

    /// <summary>Refuses a results folder that is an existing file, before any work: the path is the user's mistake, not a
    /// failure to write, and the same for every command that writes a folder.</summary>
    /// <exception cref="InvalidDataException"><paramref name="folder"/> is a file.</exception>
    public static void RefuseFile(string folder)
    {
        if (File.Exists(folder))
        {
            throw new InvalidDataException($"'{folder}' is a file, not a folder");
        }
    }

    /// <summary>
    /// Refuses, before any work, a folder a command shares with its journal (<see cref="CreateInto"/>) where a file its
    /// results are named like is not one an earlier result of the same command lists: a user's own <c>summary.csv</c>
    /// beside a calibration's particles would otherwise be written over at the end.
    /// </summary>
    /// <param name="folder">The folder the results go to.</param>
    /// <param name="manifestMark">A property only the command's own <c>manifest.json</c> has.</param>
    /// <param name="isResultFile">Whether a file, relative to the folder with '/' separators, is named like one the command's
    /// results may hold.</param>
    /// <exception cref="ForeignFilesException">Such a file is there that no earlier result of the command lists.</exception>
    public static void RefuseReplacing(string folder, string manifestMark, Func<string, bool> isResultFile)
    {
        var full = FullPath(folder);
        if (!Directory.Exists(full))
        {
            return;
        }
        var manifest = ManifestWriter.ReadObject(System.IO.Path.Combine(full, ManifestWriter.FileName));
        var listed = manifest?[manifestMark] is null ? [] : ManifestWriter.ListedFiles(manifest).ToHashSet(StringComparer.Ordinal);
        var foreign = FilesIn(full).Where(f => isResultFile(f) && !listed.Contains(f)).Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
        {
            throw new ForeignFilesException(full, foreign, replacedByName: true);
        }
    }

    // Files an earlier result accounts for are replaced; any other file stops the command before it starts.
    private static void RefuseForeignFiles(string full, string? manifestMark, IReadOnlyCollection<string> knownFiles)
    {
        RefuseFile(full);
        if (!Directory.Exists(full))
        {
            return;
        }
        var manifest = ManifestWriter.ReadObject(System.IO.Path.Combine(full, ManifestWriter.FileName));
        var othersManifest = manifest;
        if (manifest is not null && (manifestMark is null || manifest[manifestMark] is null))
        {
            manifest = null; // another command's: its files are not ours to replace
        }
        else
        {
            othersManifest = null;
        }
        // A manifest not ours, a sweep's or a study's points (which have a manifest of their own beside them), or a
        // validation's report (which earlier versions wrote without a manifest) where the command is not validate.
        var anotherCommand = (manifest is null && File.Exists(System.IO.Path.Combine(full, ManifestWriter.FileName)))
            || File.Exists(System.IO.Path.Combine(full, Sweeps.SweepManifestFile.Name))
            || (!knownFiles.Contains(Validation.ValidationWriter.MarkdownName)
                && File.Exists(System.IO.Path.Combine(full, Validation.ValidationWriter.MarkdownName)));
        var ours = new HashSet<string>(ManifestWriter.ListedFiles(manifest).Concat(knownFiles), StringComparer.Ordinal);
        if (manifest is not null)
        {
            ours.Add(ManifestWriter.FileName);
        }
        var foreign = FilesIn(full).Where(f => !ours.Contains(f)).ToList();
        // A folder of the user's own, even empty, would go with the rest.
        foreign.AddRange(Directory.EnumerateDirectories(full, "*", SearchOption.AllDirectories)
            .Select(d => Relative(full, d) + "/")
            .Where(d => !ours.Any(f => f.StartsWith(d, StringComparison.Ordinal)) && !foreign.Any(f => f.StartsWith(d, StringComparison.Ordinal))));
        foreign.Sort(StringComparer.Ordinal);
        if (foreign.Count > 0)
        {
            var theirs = anotherCommand ? foreign.Where(f => IsAnotherCommands(f, othersManifest)).ToList() : [];
            throw new ForeignFilesException(full, foreign, theirs);
        }
    }

    // Whether a file (relative, '/' separators) of a folder that holds another command's results is one of them: listed by
    // that command's manifest, a manifest itself, a sweep's or a study's table and shards, a plot, or a validation's report.
    // The rest are the user's own, which the refusal names apart.
    private static bool IsAnotherCommands(string file, System.Text.Json.Nodes.JsonObject? othersManifest)
    {
        var name = System.IO.Path.GetFileName(file.TrimEnd('/'));
        var top = file.Split('/')[0];
        return ManifestWriter.ListedFiles(othersManifest).Contains(file)
            || name is ManifestWriter.FileName or Sweeps.SweepManifestFile.Name
            || top.StartsWith("sweep.", StringComparison.Ordinal)
            || (top.StartsWith("shard-", StringComparison.Ordinal) && top.Contains("-of-", StringComparison.Ordinal))
            || (top == "plots" && (name.EndsWith(".png", StringComparison.Ordinal) || name.EndsWith(".svg", StringComparison.Ordinal)))
            || (top == file && Validation.ValidationWriter.Files.Contains(file));
    }

    // Every file of a folder, relative to it with '/' separators, but the clutter an operating system leaves.
    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Relative(folder, f)).Where(f => !IsClutter(System.IO.Path.GetFileName(f)));

    private static string Relative(string folder, string path) =>
        System.IO.Path.GetRelativePath(folder, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');

    // Files an operating system or an office program leaves beside what it shows (a folder's view settings, a lock of an
    // open table): not a user's work, and deleted with the folder.
    private static bool IsClutter(string name) =>
        name is ".DS_Store" or "Thumbs.db" or "desktop.ini" || name.StartsWith("._", StringComparison.Ordinal)
        || (name.StartsWith(".~lock.", StringComparison.Ordinal) && name.EndsWith('#'));

    /// <summary>
    /// Returns the staging and set-aside folders that interrupted commands left beside <paramref name="finalPath"/>
    /// (<c>&lt;final&gt;.partial-…</c>, <c>&lt;final&gt;.old-…</c>), so a command can name them: a killed process cannot clean
    /// up after itself, and only the user knows whether another run is still writing one, so they are named, never deleted.
    /// </summary>
    public static IReadOnlyList<string> LeftOver(string finalPath)
    {
        var full = FullPath(finalPath);
        var parent = System.IO.Path.GetDirectoryName(full);
        var name = System.IO.Path.GetFileName(full);
        if (parent is null || name.Length == 0 || !Directory.Exists(parent))
        {
            return [];
        }
        var ours = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(name)}\\.(partial|old)-[0-9a-f]{{12}}$");
        return [.. Directory.GetDirectories(parent, $"{name}.*").Where(d => ours.IsMatch(System.IO.Path.GetFileName(d))).Order(StringComparer.Ordinal)];
    }

    private static string Sibling(string path, string kind) =>
        $"{path}.{kind}-{Guid.NewGuid().ToString("N")[..12]}";
}
