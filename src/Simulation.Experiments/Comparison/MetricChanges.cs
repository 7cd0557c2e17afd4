namespace Simulation.Experiments.Comparison;

/// <summary>
/// The outcome metrics a comparison finds changed: those whose paired 95 % interval excludes 0, the largest change for the
/// metric's size first. A what-if that moves no win probability of a competition both scenarios hold (a project added after
/// them) still moves metrics, and a reader told only about win probabilities would take it for no change.
/// </summary>
public static class MetricChanges
{
    /// <summary>Returns the metric rows of <paramref name="differences"/> whose 95 % interval excludes 0, ordered by
    /// <see cref="RelativeSize"/>, largest first; ties keep the comparison's order (metric, then regime mode).</summary>
    public static IReadOnlyList<OutcomeDifference> Clear(IEnumerable<OutcomeDifference> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        return [.. differences
            .Where(d => d.Kind == DifferenceKind.Metric && WinChanges.BeyondNoise(d))
            .OrderByDescending(RelativeSize)];
    }

    /// <summary>Returns the size of a change for its metric: |B − A| ÷ the larger of |mean A| and |mean B|, between 0 and 2
    /// whatever the metric's unit (₩ billion, a share, a count), so changes in different units can be ranked; 0 when both
    /// means are 0.</summary>
    public static double RelativeSize(OutcomeDifference difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var scale = Math.Max(Math.Abs(difference.MeanA), Math.Abs(difference.MeanB));
        return scale > 0 ? Math.Abs(difference.Difference) / scale : 0;
    }
}
