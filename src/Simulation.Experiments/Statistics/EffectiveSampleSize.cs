namespace Simulation.Experiments.Statistics;

/// <summary>Kish's effective sample size, (Σw)² / Σw²: how many equally weighted draws a set of weights is worth, the one
/// number that says whether an importance-sampling estimate can be trusted.</summary>
public static class EffectiveSampleSize
{
    /// <summary>Returns the effective size of <paramref name="weights"/> (≥ 0); 0 when every weight is 0.</summary>
    public static double Of(IEnumerable<double> weights)
    {
        double sum = 0, squares = 0;
        foreach (var w in weights)
        {
            sum += w;
            squares += w * w;
        }
        return squares > 0 ? sum * sum / squares : 0.0;
    }

    /// <summary>Returns the effective size of weights given as logarithms (−∞ for a weight of 0).</summary>
    public static double OfLogs(IReadOnlyList<double> logWeights) => Of(LogWeights.Relative(logWeights));
}
