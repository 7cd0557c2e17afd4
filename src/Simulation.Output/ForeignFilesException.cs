namespace Simulation.Output;

/// <summary>
/// An output folder holds files that no earlier result accounts for. A result replaces its whole folder, so writing there
/// would delete them: the command is refused before it starts, and the folder is left as it was.
/// </summary>
/// <param name="folder">The folder asked for.</param>
/// <param name="files">Its files that no earlier result accounts for, relative to it.</param>
public sealed class ForeignFilesException(string folder, IReadOnlyList<string> files)
    : IOException($"'{folder}' holds files that are not an earlier result ({Describe(files)}); results replace their whole folder, "
        + "so choose a new or empty folder, or move those files elsewhere.")
{
    /// <summary>The folder asked for.</summary>
    public string Folder { get; } = folder;

    /// <summary>Its files that no earlier result accounts for, relative to it.</summary>
    public IReadOnlyList<string> Files { get; } = files;

    private static string Describe(IReadOnlyList<string> files) =>
        files.Count <= 3 ? string.Join(", ", files) : $"{string.Join(", ", files.Take(3))} and {files.Count - 3} more";
}
