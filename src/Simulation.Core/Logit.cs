using System.Runtime.Intrinsics;

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
    /// exponential unless the uniform falls within a millionth (relative) of the probability. Two cheaper tests come first.
    /// With a = |x|, e^a is above its Taylor sum S = 1 + a + a²/2 + a³/6 + a⁴/24, so the less likely side has probability
    /// below e^(−a) &lt; 1/S (by a factor of at least 1.3, far beyond rounding); a uniform beyond that bound decides the choice
    /// at once. Otherwise e^(−a) is approximated to a relative 3·10⁻⁷ (<see cref="ExpNegativeApproximately"/>) and the
    /// uniform compared with the probability it gives, with a margin of 10⁻⁶ relative and 4·10⁻¹⁵ absolute that covers
    /// that error and every rounding; only a uniform inside the margin needs the exact comparison. The outcome is
    /// therefore always exactly that of <c>uniform &lt; Probability(x)</c>.
    /// </summary>
    /// <param name="uniform">The choice's uniform draw in [0, 1).</param>
    /// <param name="x">The log-odds of choosing the option.</param>
    public static bool Decide(double uniform, double x)
    {
        var a = Math.Abs(x);
        var taylor = 1.0 + (a * (1.0 + (a * (0.5 + (a * ((1.0 / 6.0) + (a * (1.0 / 24.0))))))));
        // The less likely side is the option when x ≤ 0 and the alternative when x > 0; "side" is the uniform read so that
        // the less likely side happens when it is small.
        var side = x <= 0 ? uniform : 1.0 - uniform;
        if (side * taylor >= 1.0)
        {
            return x > 0;
        }
        if (a < 700.0)
        {
            // side < t/(1+t), the less likely side's probability, as side·(1+t) < t.
            var t = ExpNegativeApproximately(a);
            var difference = (side * (1.0 + t)) - t;
            var margin = (1e-6 * t) + 4e-15;
            if (difference >= margin)
            {
                return x > 0;
            }
            if (difference <= -margin)
            {
                return x <= 0;
            }
        }
        return uniform < Probability(x);
    }

    /// <summary>Returns e^(−a) for 0 ≤ a &lt; 700 to a relative error below 3·10⁻⁷: a = n·ln 2 + r with |r| ≤ ln 2 / 2, e^(−r)
    /// by its Taylor polynomial of degree 6 (remainder below 1.7·10⁻⁷ of e^(−r)), 2^(−n) exactly from the exponent bits.
    /// For bounds on a choice (<see cref="Decide"/>), never for a value the model keeps.</summary>
    /// <param name="a">The argument, 0 ≤ a &lt; 700.</param>
    public static double ExpNegativeApproximately(double a)
    {
        const double Log2E = 1.4426950408889634;
        const double Ln2 = 0.6931471805599453;
        var n = Math.Round(a * Log2E);
        var r = Math.FusedMultiplyAdd(-n, Ln2, a);
        var r2 = r * r;
        var low = 1.0 - r + (r2 * (0.5 - (r * (1.0 / 6.0))));
        var high = (1.0 / 24.0) - (r * (1.0 / 120.0)) + (r2 * (1.0 / 720.0));
        var power = BitConverter.Int64BitsToDouble((1023L - (long)n) << 52);
        return (low + (r2 * r2 * high)) * power;
    }

    /// <summary>Returns, as a bit per lane (lane 0 the lowest), <c>uniform &lt; Probability(x)</c> in each of four lanes: the
    /// choices of four replications side by side, each exactly <see cref="Decide"/>'s. The same bound and approximation
    /// settle the lanes together; a lane inside the margin is settled exactly by itself.</summary>
    /// <param name="uniform">Each choice's uniform draw in [0, 1).</param>
    /// <param name="x">Each choice's log-odds of choosing the option.</param>
    public static int DecideLanes(Vector256<double> uniform, Vector256<double> x)
    {
        var a = Vector256.Abs(x);
        var one = Vector256<double>.One;
        var taylor = one + (a * (one + (a * (Vector256.Create(0.5) + (a * (Vector256.Create(1.0 / 6.0) + (a * Vector256.Create(1.0 / 24.0))))))));
        var positive = Vector256.GreaterThan(x, Vector256<double>.Zero);
        var side = Vector256.ConditionalSelect(positive, one - uniform, uniform);
        var far = Vector256.GreaterThanOrEqual(side * taylor, one);
        var t = ExpNegativeApproximatelyLanes(Vector256.Min(a, Vector256.Create(699.0)));
        var difference = (side * (one + t)) - t;
        var margin = (Vector256.Create(1e-6) * t) + Vector256.Create(4e-15);
        var above = Vector256.GreaterThanOrEqual(difference, margin);
        var near = Vector256.LessThan(a, Vector256.Create(700.0)) & (above | Vector256.LessThanOrEqual(difference, -margin));
        var chosen = Vector256.ConditionalSelect(far | above, positive, ~positive).ExtractMostSignificantBits();
        var unsettled = ~(far | near).ExtractMostSignificantBits() & 0b1111;
        for (; unsettled != 0; unsettled &= unsettled - 1)
        {
            var lane = System.Numerics.BitOperations.TrailingZeroCount(unsettled);
            var exact = uniform[lane] < Probability(x[lane]) ? 1u : 0u;
            chosen = (chosen & ~(1u << lane)) | (exact << lane);
        }
        return (int)chosen;
    }

    // ExpNegativeApproximately in each lane, by the same operations.
    private static Vector256<double> ExpNegativeApproximatelyLanes(Vector256<double> a)
    {
        const double Log2E = 1.4426950408889634;
        const double Ln2 = 0.6931471805599453;
        var n = Vector256.Round(a * Vector256.Create(Log2E));
        var r = Vector256.FusedMultiplyAdd(-n, Vector256.Create(Ln2), a);
        var r2 = r * r;
        var low = Vector256<double>.One - r + (r2 * (Vector256.Create(0.5) - (r * Vector256.Create(1.0 / 6.0))));
        var high = Vector256.Create(1.0 / 24.0) - (r * Vector256.Create(1.0 / 120.0)) + (r2 * Vector256.Create(1.0 / 720.0));
        var power = Vector256.ShiftLeft(Vector256.Create(1023L) - Vector256.ConvertToInt64(n), 52).AsDouble();
        return (low + (r2 * r2 * high)) * power;
    }

    /// <summary>Returns <c>uniform &lt; Choice(gain, temperature)</c> as <see cref="Decide"/> does.</summary>
    /// <param name="uniform">The choice's uniform draw in [0, 1).</param>
    /// <param name="gain">What the option is worth over the alternative.</param>
    /// <param name="temperature">Logit temperature (0 = choose it exactly when the gain is positive).</param>
    public static bool DecideChoice(double uniform, double gain, double temperature) =>
        temperature <= 0 ? uniform < (gain > 0 ? 1.0 : 0.0) : Decide(uniform, gain / temperature);
}
