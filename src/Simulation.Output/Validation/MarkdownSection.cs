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
    /// <paramref name="title"/> followed by the block). A marker counts only at the start of a line, so one quoted in prose
    /// is text, not a block's edge.
    /// </summary>
    /// <exception cref="InvalidDataException">The file's markers of the block are broken (see <see cref="Locate"/>); the
    /// message names <paramref name="file"/>, the lines and what to do.</exception>
    public static string Replace(string? existing, string name, string content, string title, string file = "the Markdown file")
    {
        var block = $"{Begin(name)}\n{content.TrimEnd('\n')}\n{End(name)}\n";
        if (existing is null)
        {
            return $"{title.TrimEnd('\n')}\n\n{block}";
        }
        if (Locate(existing, name, file) is not var (beginAt, after))
        {
            return existing.TrimEnd('\n') + "\n\n" + block;
        }
        return existing[..beginAt] + block + existing[after..];
    }

    /// <summary>Returns the content of block <paramref name="name"/> in the file at <paramref name="path"/>, or null when there is
    /// no such file or block: what a refresh would replace.</summary>
    /// <exception cref="InvalidDataException">The file's markers of the block are broken.</exception>
    public static string? Read(string path, string name)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var existing = File.ReadAllText(path);
        return Locate(existing, name, $"'{path}'") is var (beginAt, after) ? existing[beginAt..after] : null;
    }

    // Where block `name` lies in `text`: from its begin marker to just past its end marker and that line's end; null when the
    // text has neither marker. A refresh replaces that span, so anything short of one begin marker followed by one end marker
    // is refused rather than guessed at: a begin without an end would take every line after it, and a second begin or end
    // leaves it unsaid which block is the command's.
    private static (int Begin, int After)? Locate(string text, string name, string file)
    {
        var begins = LineStarts(text, $"<!-- {name}:begin");
        var ends = LineStarts(text, End(name));
        if (begins.Count == 0 && ends.Count == 0)
        {
            return null;
        }
        var endMarker = End(name);
        if (begins.Count > 1 || ends.Count > 1)
        {
            var (marker, at) = begins.Count > 1 ? ("begin", begins) : ("end", ends);
            throw new InvalidDataException($"{file} has the {marker} marker of the generated block '{name}' more than once (lines "
                + $"{string.Join(", ", at.Select(i => LineOf(text, i)))}), so it is not clear which block to refresh; remove the extra one and run the command again");
        }
        if (begins.Count == 0)
        {
            throw new InvalidDataException($"{file} has the end marker of the generated block '{name}' on line {LineOf(text, ends[0])} but no "
                + $"begin marker ('<!-- {name}:begin -->' on a line of its own) before it; add the begin marker where the block starts, or remove the end marker");
        }
        if (ends.Count == 0 || ends[0] < begins[0])
        {
            throw new InvalidDataException($"{file} has the begin marker of the generated block '{name}' on line {LineOf(text, begins[0])} but no end "
                + $"marker ('{endMarker}' on a line of its own) after it, so a refresh would replace every line after it; add the end marker where the block ends");
        }
        var after = ends[0] + endMarker.Length;
        if (after < text.Length && text[after] == '\n')
        {
            after++;
        }
        return (begins[0], after);
    }

    // Where `marker` starts a line of `text`.
    private static List<int> LineStarts(string text, string marker)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                found.Add(at);
            }
        }
        return found;
    }

    private static int LineOf(string text, int at) => text.AsSpan(0, at).Count('\n') + 1;

    /// <summary>
    /// Refuses, before any work, a Markdown file a command could not write when its work is done, or could not write without
    /// spoiling: a path that is a folder, whose folder does not exist or is a file, that does not end in <c>.md</c> (a
    /// scenario or a table given by mistake would take a Markdown block), or a file whose markers of block
    /// <paramref name="name"/> are broken. A missing file is created, but not a missing folder, which is more likely a typo
    /// (<c>doc/</c> for <c>docs/</c>) than a wish.
    /// </summary>
    /// <exception cref="InvalidDataException">The path cannot take the block; the message names the file or folder at fault.</exception>
    public static void RefuseUnwritable(string path, string name)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new InvalidDataException($"the Markdown file '{path}' is a folder, not a file");
        }
        if (!Path.GetExtension(full).Equals(".md", StringComparison.OrdinalIgnoreCase)
            && !Path.GetExtension(full).Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"the Markdown file '{path}' does not end in .md: the command writes a Markdown block into it, "
                + "which would spoil a file of another kind (a scenario, a table); give a .md file");
        }
        if (File.Exists(full))
        {
            _ = Read(path, name); // broken markers refused now, not after the work
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
        File.WriteAllText(path, Replace(existing, name, content, title, $"'{path}'"), new UTF8Encoding(false));
    }
}
