namespace Simulation.Core.Metrics;

/// <summary>Concentration and dispersion of what regions hold: the paper's Lee path values concentration, its Roh path
/// balance, so the model measures both directly rather than reading one off the other.</summary>
public static class Concentration
{
    /// <summary>Returns the Herfindahl index Σ s_i² of the shares s_i = x_i / Σ x over the included entries (0 when the
    /// included total is not positive).</summary>
    /// <param name="values">Non-negative amounts.</param>
    /// <param name="include">Which entries count.</param>
    public static double Herfindahl(ReadOnlySpan<double> values, ReadOnlySpan<bool> include)
    {
        var total = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            total += include[i] ? values[i] : 0.0;
        }
        if (total <= 0)
        {
            return 0.0;
        }
        var h = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (include[i])
            {
                var s = values[i] / total;
                h += s * s;
            }
        }
        return h;
    }

    /// <summary>Returns the share of the included total held by the three largest included entries (0 when the total is not
    /// positive).</summary>
    public static double TopThreeShare(ReadOnlySpan<double> values, ReadOnlySpan<bool> include)
    {
        double total = 0, first = 0, second = 0, third = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!include[i])
            {
                continue;
            }
            var x = values[i];
            total += x;
            if (x > first)
            {
                (first, second, third) = (x, first, second);
            }
            else if (x > second)
            {
                (second, third) = (x, second);
            }
            else if (x > third)
            {
                third = x;
            }
        }
        return total <= 0 ? 0.0 : (first + second + third) / total;
    }

    /// <summary>Returns the population standard deviation (divide by n) of <paramref name="values"/>.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> values)
    {
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }
        mean /= values.Length;
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }
        return Math.Sqrt(sum / values.Length);
    }
}
