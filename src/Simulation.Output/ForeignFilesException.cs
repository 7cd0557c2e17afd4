namespace Simulation.Output;

/// <summary>
/// An output folder holds files that no earlier result accounts for. A result replaces its whole folder (or, beside a
/// journal, the files named like it), so writing there would delete them: the command is refused before it starts, and the folder is left as it was.
/// </summary>
/// <param name="folder">The folder asked for.</param>
/// <param name="files">Its files that no earlier result accounts for, relative to it.</param>
/// <param name="anotherCommand">Whether they are another command's results (the folder's <c>manifest.json</c> is not the
/// asking command's, or the folder holds a sweep's or a study's points), which the message says rather than calling them
/// the user's own.</param>
/// <param name="replacedByName">Whether the command shares the folder with its journal (a calibration, a study), so that
/// only the files named like its results are at stake, not the whole folder.</param>
public sealed class ForeignFilesException(string folder, IReadOnlyList<string> files, bool anotherCommand = false, bool replacedByName = false)
    : IOException((anotherCommand
            ? $"'{folder}' holds the results of another command ({Describe(files)})"
            : $"'{folder}' holds files that are not an earlier result ({Describe(files)})")
        + (replacedByName
            ? "; the results would be written over them, so choose another folder, or move those files elsewhere."
            : "; results replace their whole folder, so choose a new or empty folder, or move those files elsewhere."))
{
    /// <summary>The folder asked for.</summary>
    public string Folder { get; } = folder;

    /// <summary>Its files that no earlier result accounts for, relative to it.</summary>
    public IReadOnlyList<string> Files { get; } = files;

    private static string Describe(IReadOnlyList<string> files) =>
        files.Count <= 3 ? string.Join(", ", files) : $"{string.Join(", ", files.Take(3))} and {files.Count - 3} more";
}
