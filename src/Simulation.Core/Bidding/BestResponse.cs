using System.Runtime.Intrinsics;
using Simulation.Core.Numerics;

namespace Simulation.Core.Bidding;

/// <summary>
/// The effort that maximises V·p(E) − E when the bid's strength is ln q = c + R·ln E and its rivals' combined
/// strength is Y, so p = q / (q + Y). Solves the first-order condition V·R·q·Y / (E·(q+Y)²) = 1 by Newton's
/// method on u = ln E: the condition is concave in u, so starting above the largest root (E = V·R/4, an
/// upper bound of any root) the iteration falls monotonically onto it.
/// </summary>
/// <remarks>
/// This is the innermost loop of a replication (a few hundred solves each), so every iteration costs one exponential and one logarithm per problem, and problems run eight at a time in
/// vector lanes (<see cref="NewtonBlock"/>): with x = ln q − ln Y and t = e^(−|x|), the share is 1/(1+t) or t/(1+t), and
/// ln q + ln Y − 2·ln(q + Y) = −|x| − 2·ln(1 + t).
/// </remarks>
public static class BestResponse
{
    internal const double LogFour = 1.3862943611198906;

    // Newton's error after a step of size h is about |g''/(2g')|·h², so once a step in ln E is below 1e-5 the effort is
    // known to about 1e-10 times that factor (relative): far finer than anything the model does with it (the effort noise
    // alone has a standard deviation of 20 % in the baseline), and one iteration fewer than confirming it to 1e-16.
    internal const double StepTolerance = 1e-5;

    /// <summary>Returns the best effort, between <paramref name="floor"/> and <paramref name="cap"/>.</summary>
    /// <param name="valuation">V, value of the prize to the bidder, ₩ billion.</param>
    /// <param name="exponent">R, perceived decisiveness of effort.</param>
    /// <param name="logScale">c, the merit part of ln q.</param>
    /// <param name="logRivals">ln Y (negative infinity when there is no rival).</param>
    /// <param name="floor">Least effort (the bid's preparation cost), &gt; 0.</param>
    /// <param name="cap">Most effort the bidder can spend.</param>
    public static double Effort(double valuation, double exponent, double logScale, double logRivals, double floor, double cap) =>
        Solve(valuation, exponent, logScale, logRivals, floor, cap, out _);

    /// <summary>Returns the best effort, as <see cref="Effort"/> does, and its expected net gain V·p(E) − E in
    /// <paramref name="payoff"/>: the gain that entry and joint-bid decisions weigh, computed without a second pass.</summary>
    /// <param name="valuation">V, value of the prize to the bidder, ₩ billion.</param>
    /// <param name="exponent">R, perceived decisiveness of effort.</param>
    /// <param name="logScale">c, the merit part of ln q.</param>
    /// <param name="logRivals">ln Y (negative infinity when there is no rival).</param>
    /// <param name="floor">Least effort (the bid's preparation cost), &gt; 0.</param>
    /// <param name="cap">Most effort the bidder can spend.</param>
    /// <param name="payoff">V·p(E) − E at the returned effort, ₩ billion.</param>
    public static double Solve(double valuation, double exponent, double logScale, double logRivals, double floor, double cap, out double payoff)
    {
        Span<double> result = stackalloc double[2];
        SolveMany([valuation], [exponent], [logScale], [logRivals], [floor], [cap], result[..1], result[1..]);
        payoff = result[1];
        return result[0];
    }

    /// <summary>
    /// Solves many independent problems, each exactly as <see cref="Solve"/> would, and writes each best effort and its
    /// expected net gain. The problems go eight at a time through <see cref="NewtonBlock"/>, whose exponentials and
    /// logarithms are vector operations: a round of adjustment costs about what two scalar solves would.
    /// </summary>
    /// <param name="valuation">V of each problem, ₩ billion.</param>
    /// <param name="exponent">R of each problem.</param>
    /// <param name="logScale">c of each problem.</param>
    /// <param name="logRivals">ln Y of each problem (negative infinity when there is no rival).</param>
    /// <param name="floor">Least effort of each problem, &gt; 0.</param>
    /// <param name="cap">Most effort of each problem.</param>
    /// <param name="effort">Receives each best effort.</param>
    /// <param name="payoff">Receives V·p(E) − E at each best effort.</param>
    public static void SolveMany(ReadOnlySpan<double> valuation, ReadOnlySpan<double> exponent, ReadOnlySpan<double> logScale,
        ReadOnlySpan<double> logRivals, ReadOnlySpan<double> floor, ReadOnlySpan<double> cap, Span<double> effort, Span<double> payoff)
    {
        var n = valuation.Length;
        var i = 0;
        for (; i + BatchMath.Width <= n; i += BatchMath.Width)
        {
            NewtonBlock.Solve(BatchMath.Load(valuation, i), BatchMath.Load(exponent, i), BatchMath.Load(logScale, i),
                    BatchMath.Load(logRivals, i), BatchMath.Load(floor, i), BatchMath.Load(cap, i), out var gain)
                .StoreUnsafe(ref effort[i]);
            gain.StoreUnsafe(ref payoff[i]);
        }
        if (i < n)
        {
            // The missing lanes have no value (V = 0), which makes them trivial: they cost no iterations.
            var best = NewtonBlock.Solve(BatchMath.LoadTail(valuation[i..]), BatchMath.LoadTail(exponent[i..]), BatchMath.LoadTail(logScale[i..]),
                BatchMath.LoadTail(logRivals[i..]), BatchMath.LoadTail(floor[i..]), BatchMath.LoadTail(cap[i..]), out var gain);
            BatchMath.StoreTail(best, effort[i..n]);
            BatchMath.StoreTail(gain, payoff[i..n]);
        }
    }

    /// <summary>Returns V·p(E) − E, the expected net gain from a bid of effort E.</summary>
    public static double Payoff(double valuation, double exponent, double logScale, double logRivals, double effort)
    {
        if (double.IsNegativeInfinity(logRivals))
        {
            return valuation - effort;
        }
        var logQ = logScale + (exponent <= 0 ? 0.0 : exponent * Math.Log(effort));
        return (valuation * Logit.Probability(logQ - logRivals)) - effort;
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
