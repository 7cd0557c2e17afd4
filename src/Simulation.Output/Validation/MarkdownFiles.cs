using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Validation;

/// <summary>Names the files behind a generated Markdown block: each with the start of its SHA-256, and a scenario with every
/// file it extends, so that an edit to a parent shows in the block though the scenario's own file stays the same.</summary>
public static class MarkdownFiles
{
    /// <summary>Hex digits of a SHA-256 a block quotes (48 bits: enough to tell versions of a file apart, short enough to read);
    /// the whole digest is in the folder's <c>manifest.json</c>, or from <c>sha256sum</c>.</summary>
    public const int QuotedDigits = 12;

    /// <summary>Returns <paramref name="files"/> (the file as given first, then the files it extends, nearest first) as
    /// <c>`a.json` (SHA-256 `0123456789ab…`), which extends `b.json` (SHA-256 `…`)</c>.</summary>
    public static string Describe(IReadOnlyList<ScenarioFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return string.Concat(files.Select((f, i) => (i == 0 ? "" : ", which extends ") + $"`{f.Path}` (SHA-256 `{Quote(f.Sha256)}…`)"));
    }

    private static string Quote(string sha256) => sha256[..Math.Min(QuotedDigits, sha256.Length)];
}
