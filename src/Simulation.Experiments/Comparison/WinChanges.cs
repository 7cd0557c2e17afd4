namespace Simulation.Experiments.Comparison;

/// <summary>Which win probabilities a comparison moved and which of those moves its paired interval tells from noise, decided
/// once here so that every host that shows a comparison ranks and flags the same changes.</summary>
public static class WinChanges
{
    /// <summary>Returns the win rows of <paramref name="differences"/> that differ at all, largest change first, ties in the
    /// order of their names (project:region).</summary>
    public static IReadOnlyList<OutcomeDifference> Largest(IEnumerable<OutcomeDifference> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        return [.. differences
            .Where(d => d.Kind == DifferenceKind.Win && d.Difference != 0)
            .OrderByDescending(d => Math.Abs(d.Difference))
            .ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>Whether the change's 95 % paired interval excludes 0: it is there beyond the replications' noise (which says
    /// nothing of whether it matters).</summary>
    public static bool BeyondNoise(OutcomeDifference difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        return difference.CiLow > 0 || difference.CiHigh < 0;
    }
}
