using MathNet.Numerics.Distributions;

namespace Simulation.Experiments.Statistics;

/// <summary>Confidence intervals for a proportion that behave at 0 and 1, where the normal approximation fails.</summary>
public static class BinomialInterval
{
    /// <summary>Returns the exact Clopper-Pearson interval for <paramref name="successes"/> out of <paramref name="trials"/>,
    /// from Beta quantiles (MathNet).</summary>
    public static (double Low, double High) ClopperPearson(long successes, long trials, double confidence = 0.95)
    {
        if (trials <= 0)
        {
            return (0.0, 1.0);
        }
        var alpha = 1 - confidence;
        var low = successes == 0 ? 0.0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        var high = successes == trials ? 1.0 : Beta.InvCDF(successes + 1, trials - successes, 1 - (alpha / 2));
        return (low, high);
    }

    /// <summary>Returns the Wilson score interval.</summary>
    public static (double Low, double High) Wilson(long successes, long trials, double confidence = 0.95)
    {
        if (trials <= 0)
        {
            return (0.0, 1.0);
        }
        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        var n = (double)trials;
        var p = successes / n;
        var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z / (1 + (z * z / n)) * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
