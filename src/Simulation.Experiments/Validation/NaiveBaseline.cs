namespace Simulation.Experiments.Validation;

/// <summary>
/// The chance model the history checks are measured against: every candidate region equally likely, k winners drawn
/// without replacement from n candidates (joint bids ignored).
/// </summary>
public static class NaiveBaseline
{
    /// <summary>Returns the probability that a given set of <paramref name="required"/> candidates are all among the
    /// <paramref name="winners"/> winners drawn from <paramref name="candidates"/>: C(n−h, k−h) / C(n, k), 0 when h &gt; k.</summary>
    public static double ContainsAll(int candidates, int winners, int required)
    {
        if (candidates < 1 || winners < 0 || required < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(candidates), "counts must be non-negative and there must be a candidate");
        }
        var k = Math.Min(winners, candidates);
        if (required > k)
        {
            return 0.0;
        }
        // C(n−h, k−h)/C(n, k) = Π_{i<h} (k−i)/(n−i), a product of ratios that never overflows.
        var p = 1.0;
        for (var i = 0; i < required; i++)
        {
            p *= (double)(k - i) / (candidates - i);
        }
        return p;
    }
}
