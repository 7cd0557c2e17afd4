namespace Simulation.Output;

/// <summary>
/// An output folder holds files that no earlier result accounts for. A result replaces its whole folder (or, beside a
/// journal, the files named like it), so writing there would delete them: the command is refused before it starts, and the folder is left as it was.
/// </summary>
/// <param name="folder">The folder asked for.</param>
/// <param name="files">Its files that no earlier result accounts for, relative to it.</param>
/// <param name="anotherCommands">Those of <paramref name="files"/> that are another command's results (listed by a
/// <c>manifest.json</c> not the asking command's, a sweep's or a study's table, shards and plots, a validation's report),
/// which the message names apart from the user's own files.</param>
/// <param name="risk">What writing there would do to them: the results replace the whole folder (the default), are written
/// over the files named like them (a command that shares the folder with its journal), or are written among them.</param>
/// <param name="unreadableManifest">The folder's <c>manifest.json</c> when it cannot be read (cut short or edited), so that no
/// file can be told to be an earlier result's: the message says so rather than calling the files another command's.</param>
public sealed class ForeignFilesException(string folder, IReadOnlyList<string> files, IReadOnlyCollection<string>? anotherCommands = null,
    ForeignFilesRisk risk = ForeignFilesRisk.FolderReplaced, string? unreadableManifest = null)
    : IOException((unreadableManifest is null ? Held(folder, files, anotherCommands ?? [])
        : $"'{folder}' holds a {unreadableManifest} that cannot be read as a manifest (cut short or edited), so none of its files "
            + $"({Describe(files)}) can be taken for an earlier result") + risk switch
            {
                ForeignFilesRisk.WrittenOver => "; the results would be written over them, so choose another folder, or move those files elsewhere.",
                ForeignFilesRisk.MixedIn => "; the results would be written among them, so choose a new or empty folder, or move those files elsewhere.",
                _ => "; results replace their whole folder, so choose a new or empty folder, or move those files elsewhere.",
            })
{
    /// <summary>The folder asked for.</summary>
    public string Folder { get; } = folder;

    /// <summary>Its files that no earlier result accounts for, relative to it.</summary>
    public IReadOnlyList<string> Files { get; } = files;

    // What the folder holds: another command's results and the user's own files, each named.
    private static string Held(string folder, IReadOnlyList<string> files, IReadOnlyCollection<string> anotherCommands)
    {
        var theirs = files.Where(anotherCommands.Contains).ToList();
        var yours = files.Where(f => !anotherCommands.Contains(f)).ToList();
        var parts = new List<string>(2);
        if (theirs.Count > 0)
        {
            parts.Add($"the results of another command ({Describe(theirs)})");
        }
        if (yours.Count > 0)
        {
            parts.Add($"files that are not an earlier result ({Describe(yours)})");
        }
        return $"'{folder}' holds {string.Join(" and ", parts)}";
    }

    private static string Describe(IReadOnlyList<string> files) =>
        files.Count <= 3 ? string.Join(", ", files) : $"{string.Join(", ", files.Take(3))} and {files.Count - 3} more";
}
