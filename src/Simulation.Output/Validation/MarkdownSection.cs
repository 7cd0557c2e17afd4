using System.Text;

namespace Simulation.Output.Validation;

/// <summary>
/// A generated block inside a hand-written Markdown file, between <c>&lt;!-- NAME:begin --&gt;</c> and
/// <c>&lt;!-- NAME:end --&gt;</c>: a command refreshes its block and leaves the prose around it alone, so
/// docs/VALIDATION.md can explain the checks in words and still hold the current numbers.
/// </summary>
public static class MarkdownSection
{
    /// <summary>Returns the begin marker of block <paramref name="name"/>.</summary>
    public static string Begin(string name) => $"<!-- {name}:begin (generated; refresh with the command below, do not edit by hand) -->";

    /// <summary>Returns the end marker of block <paramref name="name"/>.</summary>
    public static string End(string name) => $"<!-- {name}:end -->";

    /// <summary>
    /// Returns <paramref name="existing"/> with block <paramref name="name"/> replaced by <paramref name="content"/>; when it
    /// has no such block, the block is appended (and when <paramref name="existing"/> is null, the result is
    /// <paramref name="title"/> followed by the block).
    /// </summary>
    public static string Replace(string? existing, string name, string content, string title)
    {
        var block = $"{Begin(name)}\n{content.TrimEnd('\n')}\n{End(name)}\n";
        if (existing is null)
        {
            return $"{title.TrimEnd('\n')}\n\n{block}";
        }
        var beginAt = existing.IndexOf($"<!-- {name}:begin", StringComparison.Ordinal);
        var endAt = beginAt < 0 ? -1 : existing.IndexOf(End(name), beginAt, StringComparison.Ordinal);
        if (beginAt < 0 || endAt < 0)
        {
            return existing.TrimEnd('\n') + "\n\n" + block;
        }
        var after = endAt + End(name).Length;
        if (after < existing.Length && existing[after] == '\n')
        {
            after++;
        }
        return existing[..beginAt] + block + existing[after..];
    }

    /// <summary>Returns the content of block <paramref name="name"/> in the file at <paramref name="path"/>, or null when there is
    /// no such file or block: what a refresh would replace.</summary>
    public static string? Read(string path, string name)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var existing = File.ReadAllText(path);
        var beginAt = existing.IndexOf($"<!-- {name}:begin", StringComparison.Ordinal);
        var endAt = beginAt < 0 ? -1 : existing.IndexOf(End(name), beginAt, StringComparison.Ordinal);
        return endAt < 0 ? null : existing[beginAt..endAt];
    }

    /// <summary>
    /// Refuses, before any work, a Markdown file a command could not write when its work is done: a path that is a folder,
    /// or whose folder does not exist or is a file. A missing file is created, but not a missing folder, which is more
    /// likely a typo (<c>doc/</c> for <c>docs/</c>) than a wish.
    /// </summary>
    /// <exception cref="InvalidDataException">The path cannot take the file; the message names the folder at fault.</exception>
    public static void RefuseUnwritable(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new InvalidDataException($"the Markdown file '{path}' is a folder, not a file");
        }
        var given = Path.GetDirectoryName(path);
        var folder = string.IsNullOrEmpty(given) ? Path.GetDirectoryName(full)! : given;
        // The folder, or the nearest of its parents that exists, named as written.
        var existing = folder;
        while (!Directory.Exists(existing) && !File.Exists(existing) && Path.GetDirectoryName(existing) is { Length: > 0 } parent)
        {
            existing = parent;
        }
        if (File.Exists(existing))
        {
            throw new InvalidDataException($"cannot write the Markdown file '{path}': '{existing}' is a file, not a folder");
        }
        if (!Directory.Exists(folder))
        {
            throw new InvalidDataException($"cannot write the Markdown file '{path}': its folder '{folder}' does not exist; create it first, or correct the path");
        }
    }

    /// <summary>Writes block <paramref name="name"/> into the file at <paramref name="path"/> (see <see cref="Replace"/>), UTF-8 without BOM.</summary>
    public static void Write(string path, string name, string content, string title)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, Replace(existing, name, content, title), new UTF8Encoding(false));
    }
}
