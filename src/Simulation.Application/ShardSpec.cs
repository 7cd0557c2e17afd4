using System.Globalization;

namespace Simulation.Application;

/// <summary>A shard of a sweep, written <c>I/N</c> on the command line (0 ≤ I &lt; N), as a Slurm array task id over the array size.</summary>
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

    /// <summary>The shard's folder name, <c>shard-I-of-N</c>.</summary>
    public string FolderName => $"shard-{Index}-of-{Count}";

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
