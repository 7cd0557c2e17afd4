using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Simulation.Experiments;

namespace Simulation.Output;

/// <summary>
/// What a folder may hold before a command writes its results there, checked before any work: a command writes only into
/// a new folder or one that holds nothing but an earlier result of the same command, so that nothing a user keeps there is
/// replaced, deleted or buried among the results.
/// </summary>
public static partial class ResultsFolder
{
    /// <summary>Refuses, before any work, a results folder that is an existing file or the root of a file system: the path is
    /// the user's mistake, not a failure to write, and the same for every command that writes a folder.</summary>
    /// <exception cref="InvalidDataException"><paramref name="folder"/> is a file, or a file system's root (a path without a
    /// parent), which holds everything else on that disk and has no sibling to stage results in.</exception>
    public static void RefuseFileOrRoot(string folder)
    {
        var full = FullPath(folder);
        if (System.IO.Path.GetDirectoryName(full) is null)
        {
            throw new InvalidDataException($"'{full}' is the root of a file system, which holds everything else on that disk; "
                + "results need a folder of their own, so give a new or empty folder inside it");
        }
        if (File.Exists(folder) || File.Exists(full))
        {
            throw new InvalidDataException($"'{folder}' is a file, not a folder: name a new or empty folder instead");
        }
        // A folder inside a file cannot be made: said by naming the file, not as a part of the path not found.
        for (var above = System.IO.Path.GetDirectoryName(full); above is not null; above = System.IO.Path.GetDirectoryName(above))
        {
            if (File.Exists(above))
            {
                throw new InvalidDataException($"'{folder}' cannot be made: '{above}' is a file, not a folder; name a folder outside it");
            }
            if (Directory.Exists(above))
            {
                break;
            }
        }
    }

    /// <summary>
    /// Refuses, before any work, a folder that a command keeps its journal in (its points or particles, resumed where they
    /// stopped, and its shards) when it holds a file that <paramref name="isOwn"/> does not name as one of the command's: a
    /// folder of a user's own (notes, a thesis, a home folder) would have the results written among its files. Also taken as
    /// the command's: the scripts and logs <c>regsim slurm</c> writes in <c>slurm/</c>, the folders of its shards
    /// (<c>shard-I-of-N/</c>, whose files are judged the same way), staging folders of its results (<c>.partial-…</c>), the
    /// temporary files it writes beside one of its files and renames over it (<c>NAME.partial</c>, <c>.NAME.partial</c>,
    /// <c>NAME.tmp</c>), the lock of a command writing there (<see cref="JournalLock"/>), and the clutter a file browser leaves. A folder that does not exist yet is accepted.
    /// </summary>
    /// <param name="folder">The folder the command writes.</param>
    /// <param name="isOwn">Whether a file, relative to the folder with '/' separators, is named like one the command writes.</param>
    /// <exception cref="ForeignFilesException">Such a file is there.</exception>
    /// <exception cref="InvalidDataException">The folder is a file or a file system's root.</exception>
    public static void RefuseUnaccounted(string folder, Func<string, bool> isOwn)
    {
        RefuseFileOrRoot(folder);
        var full = FullPath(folder);
        if (!Directory.Exists(full))
        {
            return;
        }
        var foreign = FilesIn(full).Where(f => !Accounted(f, isOwn)).Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
        {
            throw new ForeignFilesException(full, foreign, [.. foreign.Where(f => IsAnotherCommands(InShard(f), null))], ForeignFilesRisk.MixedIn);
        }
    }

    /// <summary>
    /// Refuses, before any work, a folder a command shares with its journal (<see cref="OutputDirectory.CreateInto"/>) where
    /// a file its results are named like is not one an earlier result of the same command lists: a user's own
    /// <c>summary.csv</c> beside a calibration's particles would otherwise be written over at the end.
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
            throw new ForeignFilesException(full, foreign, risk: ForeignFilesRisk.WrittenOver);
        }
    }

    /// <summary>Returns the absolute path of <paramref name="folder"/> without a trailing separator (a root keeps its own).
    /// A folder given through a symbolic link is written where the link points, so the link, which is the user's, stays and
    /// leads to the new results (replacing the link's own path would drop it and leave the results out of its target).</summary>
    internal static string FullPath(string folder)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder));
        var linked = new DirectoryInfo(full);
        if (linked.LinkTarget is not { } target)
        {
            return full;
        }
        // A link to a folder not made yet leads where the results will be made.
        var resolved = linked.ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? System.IO.Path.GetFullPath(target, System.IO.Path.GetDirectoryName(full) ?? full);
        return System.IO.Path.TrimEndingDirectorySeparator(resolved);
    }

    // Files an earlier result accounts for are replaced; any other file stops the command before it starts. `full` is a
    // folder RefuseFileOrRoot has accepted.
    internal static void RefuseForeignFiles(string full, string? manifestMark, IReadOnlyCollection<string> knownFiles)
    {
        if (!Directory.Exists(full))
        {
            return;
        }
        var manifestPath = System.IO.Path.Combine(full, ManifestWriter.FileName);
        var manifest = ManifestWriter.ReadObject(manifestPath);
        var unreadable = manifest is null && File.Exists(manifestPath);
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
        // A folder of the user's own, even empty, would go with the rest. Folders that hold a file listed already are not
        // named again: every folder above each file is gathered once, so a home folder of many files is judged in one pass.
        var holding = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ours.Concat(foreign))
        {
            for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1))
            {
                holding.Add(file[..(slash + 1)]);
            }
        }
        foreign.AddRange(Directory.EnumerateDirectories(full, "*", SearchOption.AllDirectories)
            .Select(d => Relative(full, d) + "/")
            .Where(d => !holding.Contains(d)));
        foreign.Sort(StringComparer.Ordinal);
        if (foreign.Count > 0)
        {
            var theirs = anotherCommand && !unreadable ? foreign.Where(f => IsAnotherCommands(f, othersManifest)).ToList() : [];
            throw new ForeignFilesException(full, foreign, theirs, unreadableManifest: unreadable ? ManifestWriter.FileName : null);
        }
    }

    // Whether a file of a journal's folder (relative, '/' separators) is the command's: see RefuseUnaccounted.
    private static bool Accounted(string file, Func<string, bool> isOwn)
    {
        var slash = file.IndexOf('/', StringComparison.Ordinal);
        var top = slash < 0 ? file : file[..slash];
        if (slash > 0 && (top == "slurm" || StagingFolder().IsMatch(top)))
        {
            return true;
        }
        if (slash > 0 && ShardFolder().IsMatch(top))
        {
            return Accounted(file[(slash + 1)..], isOwn);
        }
        return isOwn(file) || file == JournalLock.Name || (Renamed(file) is { } replaced && isOwn(replaced));
    }

    // A file's path inside the shard folders it lies in, which are the command's own.
    private static string InShard(string file)
    {
        while (file.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 && ShardFolder().IsMatch(file[..slash]))
        {
            file = file[(slash + 1)..];
        }
        return file;
    }

    // The file a temporary file is renamed over once written whole (FileReplacement, WholeFile, the Parquet writers), or null.
    private static string? Renamed(string file)
    {
        var folder = file.LastIndexOf('/') is var at and >= 0 ? file[..(at + 1)] : string.Empty;
        var name = file[folder.Length..];
        if (name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return folder + name[..^".tmp".Length];
        }
        if (name.EndsWith(".partial", StringComparison.Ordinal))
        {
            var target = name[..^".partial".Length];
            return folder + (target.StartsWith('.') ? target[1..] : target);
        }
        return null;
    }

    // Whether a file (relative, '/' separators) of a folder that holds another command's results is one of them: listed by
    // that command's manifest, a manifest itself, a sweep's or a study's table and shards, a plot, or a validation's report.
    // The rest are the user's own, which the refusal names apart.
    private static bool IsAnotherCommands(string file, JsonObject? othersManifest)
    {
        var name = System.IO.Path.GetFileName(file.TrimEnd('/'));
        var top = file.Split('/')[0];
        return ManifestWriter.ListedFiles(othersManifest).Contains(file)
            || (top == file && name is ManifestWriter.FileName or Sweeps.SweepManifestFile.Name)
            || top.StartsWith("sweep.", StringComparison.Ordinal)
            || ShardSpec.IsFolderName(top)
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

    [GeneratedRegex("^shard-[0-9]+-of-[0-9]+$")]
    private static partial Regex ShardFolder();

    [GeneratedRegex("^\\.partial-[0-9a-f]{12}$")]
    private static partial Regex StagingFolder();
}
