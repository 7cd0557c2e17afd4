namespace Simulation.Core.Bidding;

/// <summary>
/// The effort that maximises V·p(E) − E when the bid's strength is ln q = c + R·ln E and its rivals' combined
/// strength is Y, so p = q / (q + Y). Solves the first-order condition V·R·q·Y / (E·(q+Y)²) = 1 by Newton's
/// method on u = ln E: the condition is concave in u, so starting above the largest root (E = V·R/4, an
/// upper bound of any root) the iteration falls monotonically onto it.
/// </summary>
public static class BestResponse
{
    /// <summary>Returns the best effort, between <paramref name="floor"/> and <paramref name="cap"/>.</summary>
    /// <param name="valuation">V, value of the prize to the bidder, ₩ billion.</param>
    /// <param name="exponent">R, perceived decisiveness of effort.</param>
    /// <param name="logScale">c, the merit part of ln q.</param>
    /// <param name="logRivals">ln Y (negative infinity when there is no rival).</param>
    /// <param name="floor">Least effort (the bid's preparation cost), &gt; 0.</param>
    /// <param name="cap">Most effort the bidder can spend.</param>
    public static double Effort(double valuation, double exponent, double logScale, double logRivals, double floor, double cap)
    {
        floor = Math.Max(floor, 1e-9 * Math.Max(valuation, 1.0));
        if (exponent <= 0 || valuation <= 0 || double.IsNegativeInfinity(logRivals) || cap <= floor)
        {
            return Math.Min(floor, Math.Max(cap, floor));
        }

        var lowest = Math.Log(floor);
        var u = Math.Log(valuation * exponent / 4.0);
        var logVr = Math.Log(valuation * exponent);
        var found = false;
        for (var iteration = 0; iteration < 60 && u > lowest; iteration++)
        {
            var logQ = logScale + exponent * u;
            var share = Logit.Probability(logQ - logRivals);
            var g = logVr + logQ + logRivals - 2.0 * LogSumExp(logQ, logRivals) - u;
            var slope = exponent - 2.0 * exponent * share - 1.0;
            if (Math.Abs(g) < 1e-12)
            {
                found = true;
                break;
            }
            if (slope >= 0)
            {
                break; // past the maximum of g with g < 0: no interior optimum
            }
            var step = g / slope;
            u -= step;
            if (Math.Abs(step) < 1e-12)
            {
                found = true;
                break;
            }
        }

        if (!found || u <= lowest)
        {
            return floor;
        }
        var effort = Math.Min(Math.Exp(u), cap);
        return Payoff(valuation, exponent, logScale, logRivals, effort) >= Payoff(valuation, exponent, logScale, logRivals, floor)
            ? effort
            : floor;
    }

    /// <summary>Returns V·p(E) − E, the expected net gain from a bid of effort E.</summary>
    public static double Payoff(double valuation, double exponent, double logScale, double logRivals, double effort)
    {
        if (double.IsNegativeInfinity(logRivals))
        {
            return valuation - effort;
        }
        var logQ = logScale + (exponent <= 0 ? 0.0 : exponent * Math.Log(effort));
        return valuation * Logit.Probability(logQ - logRivals) - effort;
    }

    /// <summary>Returns ln(e^a + e^b) without overflow.</summary>
    public static double LogSumExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }
        if (double.IsNegativeInfinity(b))
        {
            return a;
        }
        var max = Math.Max(a, b);
        return max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }
}
