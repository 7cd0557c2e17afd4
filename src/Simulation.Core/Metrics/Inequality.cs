namespace Simulation.Core.Metrics;

/// <summary>Inequality of resources across regions.</summary>
public static class Inequality
{
    /// <summary>
    /// Returns the Gini coefficient of <paramref name="values"/>, each region one observation (not population-weighted):
    /// G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄). 0 when all are equal or all are zero.
    /// </summary>
    public static double Gini(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var total = 0.0;
        var absoluteDifferences = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += values[i];
            for (var j = i + 1; j < n; j++)
            {
                absoluteDifferences += Math.Abs(values[i] - values[j]);
            }
        }
        return total <= 0 ? 0.0 : absoluteDifferences / (n * total);
    }

    /// <summary>
    /// Returns the population-weighted Theil T index of resources per capita: T = Σ s_i ln(s_i / p_i), with s_i the region's
    /// share of resources and p_i its share of population. 0 when resources follow population exactly.
    /// </summary>
    public static double Theil(ReadOnlySpan<double> resources, ReadOnlySpan<double> population)
    {
        var totalResources = 0.0;
        var totalPopulation = 0.0;
        for (var i = 0; i < resources.Length; i++)
        {
            totalResources += resources[i];
            totalPopulation += population[i];
        }
        if (totalResources <= 0)
        {
            return 0.0;
        }
        var theil = 0.0;
        for (var i = 0; i < resources.Length; i++)
        {
            var s = resources[i] / totalResources;
            if (s > 0)
            {
                theil += s * Math.Log(s / (population[i] / totalPopulation));
            }
        }
        return theil;
    }
}
