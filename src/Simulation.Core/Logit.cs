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

    /// <summary>
    /// Returns <c>uniform &lt; Probability(x)</c>, the outcome of a logit choice given its uniform draw, without computing the
    /// exponential when a cheap bound already settles it. With a = |x|, e^a is above its Taylor sum
    /// S = 1 + a + a²/2 + a³/6 + a⁴/24, so the less likely side has probability below e^(−a) &lt; 1/S (by a factor of
    /// at least 1.3, far beyond rounding); a uniform beyond that bound decides the choice as the exact comparison would.
    /// Most choices in the model are lopsided (cluster starts, stalls, entry into contests worth much more than a bid
    /// costs), so this skips most exponentials.
    /// </summary>
    /// <param name="uniform">The choice's uniform draw in [0, 1).</param>
    /// <param name="x">The log-odds of choosing the option.</param>
    public static bool Decide(double uniform, double x)
    {
        var a = Math.Abs(x);
        var taylor = 1.0 + (a * (1.0 + (a * (0.5 + (a * ((1.0 / 6.0) + (a / 24.0)))))));
        if (x <= 0 ? uniform * taylor >= 1.0 : (1.0 - uniform) * taylor > 1.0)
        {
            return x > 0;
        }
        return uniform < Probability(x);
    }

    /// <summary>Returns <c>uniform &lt; Choice(gain, temperature)</c> as <see cref="Decide"/> does.</summary>
    /// <param name="uniform">The choice's uniform draw in [0, 1).</param>
    /// <param name="gain">What the option is worth over the alternative.</param>
    /// <param name="temperature">Logit temperature (0 = choose it exactly when the gain is positive).</param>
    public static bool DecideChoice(double uniform, double gain, double temperature) =>
        temperature <= 0 ? uniform < (gain > 0 ? 1.0 : 0.0) : Decide(uniform, gain / temperature);
}
