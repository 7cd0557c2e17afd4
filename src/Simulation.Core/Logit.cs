namespace Simulation.Core;

/// <summary>The logistic function behind every binary choice in the model (entry, joint bids, clusters).</summary>
public static class Logit
{
    /// <summary>Returns 1 / (1 + e^(−x)), computed without overflow.</summary>
    public static double Probability(double x) =>
        x >= 0 ? 1.0 / (1.0 + Math.Exp(-x)) : Math.Exp(x) / (1.0 + Math.Exp(x));

    /// <summary>Returns the probability of choosing an option worth <paramref name="gain"/> more than the alternative,
    /// with logit temperature <paramref name="temperature"/> (0 = choose it exactly when the gain is positive).</summary>
    public static double Choice(double gain, double temperature) =>
        temperature <= 0 ? (gain > 0 ? 1.0 : 0.0) : Probability(gain / temperature);
}
