namespace Simulation.Experiments.Statistics;

/// <summary>Weights kept as logarithms (likelihoods of the record, tempered increments), turned into numbers without overflow.</summary>
public static class LogWeights
{
    /// <summary>Returns exp(l − max) for each weight, max over the finite ones; 0 for a weight of −∞. All 0 when none is finite.</summary>
    public static double[] Relative(IReadOnlyList<double> logWeights)
    {
        var max = Max(logWeights);
        var weights = new double[logWeights.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = double.IsFinite(logWeights[i]) ? Math.Exp(logWeights[i] - max) : 0.0;
        }
        return weights;
    }

    /// <summary>Returns the largest finite log weight, or −∞ when none is finite (every weight rules its draw out).</summary>
    public static double Max(IReadOnlyList<double> logWeights) =>
        logWeights.Where(double.IsFinite).DefaultIfEmpty(double.NegativeInfinity).Max();
}
