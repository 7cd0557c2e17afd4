using System.Globalization;

namespace Simulation.Experiments;

/// <summary>A shard of a sweep, screening or calibration, written <c>I/N</c> on the command line (0 ≤ I &lt; N), as a Slurm
/// array task id over the array size; the one place that says which items a shard owns and what its folder is called, so
/// that the commands that write shards and the ones that gather them cannot disagree.</summary>
/// <param name="Index">This shard, 0-based.</param>
/// <param name="Count">Number of shards.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>I/N</c>; returns null and an error message when it is malformed.</summary>
    public static ShardSpec? TryParse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count)
        {
            error = null;
            return new ShardSpec(index, count);
        }
        // Digits past a whole number's range meet the form but not the type: said so, with the limit, not as a malformed I/N.
        error = parts.Length == 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? string.Create(CultureInfo.InvariantCulture, $"--shard takes I and N of at most {int.MaxValue:N0}, not '{text}'")
            : $"--shard must be I/N with 0 ≤ I < N (for example 0/4), not '{text}'";
        return null;
    }

    /// <summary>The whole study as one shard (0/1): what a manifest without shard fields describes.</summary>
    public static ShardSpec Whole { get; } = new(0, 1);

    /// <summary>The shard a manifest records (its index and count), or <see cref="Whole"/> when it records none.</summary>
    public static ShardSpec Of(int? index, int? count) => index is { } i && count is { } n ? new ShardSpec(i, n) : Whole;

    /// <summary>The shard's folder name, <c>shard-I-of-N</c>.</summary>
    public string FolderName => FolderNameOf(Index, Count);

    /// <summary>The folder name of shard <paramref name="index"/> of <paramref name="count"/>, <c>shard-I-of-N</c>.</summary>
    public static string FolderNameOf(int index, int count) => $"shard-{index}-of-{count}";

    /// <summary>Returns true when <paramref name="name"/> is a shard's folder name, <c>shard-I-of-N</c> with whole numbers.</summary>
    public static bool IsFolderName(string name)
    {
        const string prefix = "shard-";
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var parts = name[prefix.Length..].Split("-of-");
        return parts.Length == 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    /// <summary>Returns true when item <paramref name="item"/> (a point or particle, 0-based) is this shard's: items are dealt
    /// round-robin, item i to shard i mod N.</summary>
    public bool Owns(int item) => item % Count == Index;

    /// <summary>Returns which shard owns <paramref name="item"/> among <paramref name="count"/> shards.</summary>
    public static int OwnerOf(int item, int count) => item % count;

    /// <summary>Returns the items of <paramref name="items"/> (0-based, in order) this shard owns.</summary>
    public IEnumerable<int> OwnedOf(int items) => Enumerable.Range(0, items).Where(Owns);

    /// <summary>The study folder of a shard of a sensitivity study or a calibration written to <paramref name="output"/>: the
    /// folder itself, the shard going into <c>shard-I-of-N/</c> in it; or, when <paramref name="output"/> already names this
    /// shard's folder (as a sweep's shard is given), its parent, so both ways of writing it put the shard where the gather
    /// looks for it, rather than one level deeper.</summary>
    public string StudyFolder(string output) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(output)) == FolderName && Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output)) is { Length: > 0 } parent
            ? parent
            : output;

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
