namespace Simulation.Experiments.Statistics;

/// <summary>
/// Systematic resampling: as many draws as weights, by evenly spaced pointers from one uniform. It adds the least noise of
/// the usual schemes, and with the uniform from a seeded stream the draws are deterministic.
/// </summary>
public static class SystematicResampling
{
    /// <summary>Returns the index drawn for each of the <paramref name="weights"/>.Count pointers; <paramref name="uniform"/> in [0, 1).</summary>
    public static int[] Draw(IReadOnlyList<double> weights, double uniform)
    {
        var n = weights.Count;
        var total = weights.Sum();
        var drawn = new int[n];
        var cumulative = weights[0];
        var source = 0;
        for (var k = 0; k < n; k++)
        {
            var pointer = (uniform + k) / n * total;
            while (source < n - 1 && cumulative <= pointer)
            {
                source++;
                cumulative += weights[source];
            }
            drawn[k] = source;
        }
        return drawn;
    }
}
