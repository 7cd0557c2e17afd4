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
        error = $"--shard must be I/N with 0 ≤ I < N (for example 0/4), not '{text}'";
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
