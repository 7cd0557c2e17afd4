namespace Simulation.Core.Bidding;

/// <summary>
/// The effort that maximises V·p(E) − E when the bid's strength is ln q = c + R·ln E and its rivals' combined
/// strength is Y, so p = q / (q + Y). Solves the first-order condition V·R·q·Y / (E·(q+Y)²) = 1 by Newton's
/// method on u = ln E: the condition is concave in u, so starting above the largest root (E = V·R/4, an
/// upper bound of any root) the iteration falls monotonically onto it.
/// </summary>
/// <remarks>
/// This is the innermost loop of a replication (a few hundred solves each), so every iteration costs one exponential and
/// one logarithm (<see cref="NewtonColumns"/>), and the problems of a round are iterated side by side, four to a vector.
/// </remarks>
public static class BestResponse
{
    private const double LogFour = 1.3862943611198906;

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
    public static double Solve(double valuation, double exponent, double logScale, double logRivals, double floor, double cap, out double payoff) =>
        Solve(valuation, exponent, logScale, logRivals, floor, cap, null, out payoff);

    /// <summary>Returns the best effort and its expected net gain as the other overload does, the iteration starting from the
    /// root <paramref name="roots"/> gives when it has one (as in a model's competitions): the same effort to about 10⁻¹⁰.</summary>
    /// <param name="valuation">V, value of the prize to the bidder, ₩ billion.</param>
    /// <param name="exponent">R, perceived decisiveness of effort.</param>
    /// <param name="logScale">c, the merit part of ln q.</param>
    /// <param name="logRivals">ln Y (negative infinity when there is no rival).</param>
    /// <param name="floor">Least effort (the bid's preparation cost), &gt; 0.</param>
    /// <param name="cap">Most effort the bidder can spend.</param>
    /// <param name="roots">The table of roots for <paramref name="exponent"/>; null, or a table for another exponent: start from
    /// the upper bound.</param>
    /// <param name="payoff">V·p(E) − E at the returned effort, ₩ billion.</param>
    public static double Solve(double valuation, double exponent, double logScale, double logRivals, double floor, double cap, OddsTable? roots,
        out double payoff)
    {
        var root = double.NaN;
        var effort = 0.0;
        payoff = double.NaN;
        ReadOnlySpan<LogBound> bound = [LogBounds(valuation, exponent, floor)];
        SolveMany(new(in valuation), new(in exponent), new(in logScale), new(in logRivals), new(in floor), new(in cap), bound, new(ref roots),
            new(ref root), new(ref effort), new(ref payoff), true);
        return effort;
    }

    /// <summary>
    /// Solves many independent problems, each exactly as <see cref="Solve(double, double, double, double, double, double, out double)"/> would, and writes each best effort and its
    /// expected net gain. Newton's iterations are a chain of dependent exponentials, logarithms and divisions; running the
    /// problems side by side, one iteration of each in turn, lets the processor overlap the chains of different bids, so a
    /// round of adjustment costs much less than solving the bids one after another.
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
        Span<double> roots = valuation.Length <= 64 ? stackalloc double[valuation.Length] : new double[valuation.Length];
        roots.Fill(double.NaN);
        SolveMany(valuation, exponent, logScale, logRivals, floor, cap, roots, effort, payoff);
    }

    /// <summary>
    /// Solves many problems as the other overload does, each Newton iteration starting from a nearby root where one is
    /// given: a round of adjustment faces rivals close to those of the round before, so its roots are a few steps from the
    /// last ones rather than the many from the upper bound. Newton's method on a concave function reaches the largest root
    /// from any start right of the function's maximum (from the left of the root the first step overshoots it, and the
    /// iteration falls from above as before); a start left of the maximum restarts from the upper bound. The root found is
    /// the same to the stopping tolerance, so the efforts agree with a cold start to about 10⁻¹⁰ (relative), not bit for bit.
    /// </summary>
    /// <param name="valuation">V of each problem, ₩ billion.</param>
    /// <param name="exponent">R of each problem.</param>
    /// <param name="logScale">c of each problem.</param>
    /// <param name="logRivals">ln Y of each problem (negative infinity when there is no rival).</param>
    /// <param name="floor">Least effort of each problem, &gt; 0.</param>
    /// <param name="cap">Most effort of each problem.</param>
    /// <param name="roots">In: where each problem's iteration starts, ln E (NaN: from the upper bound). Out: the root found,
    /// ln E of the unconstrained best response (NaN when there is none), for the next round to start from.</param>
    /// <param name="effort">Receives each best effort.</param>
    /// <param name="payoff">Receives V·p(E) − E at each best effort; NaN where <paramref name="withPayoffs"/> is false and the
    /// choice of effort did not need it.</param>
    /// <param name="withPayoffs">False when only the efforts are wanted (an adjustment round): the payoffs that choosing the
    /// effort does not need are not computed, which saves an exponential or two per problem and changes no effort.</param>
    public static void SolveMany(ReadOnlySpan<double> valuation, ReadOnlySpan<double> exponent, ReadOnlySpan<double> logScale,
        ReadOnlySpan<double> logRivals, ReadOnlySpan<double> floor, ReadOnlySpan<double> cap, Span<double> roots, Span<double> effort,
        Span<double> payoff, bool withPayoffs = true)
    {
        Span<LogBound> bounds = valuation.Length <= 64 ? stackalloc LogBound[valuation.Length] : new LogBound[valuation.Length];
        for (var i = 0; i < bounds.Length; i++)
        {
            bounds[i] = LogBounds(valuation[i], exponent[i], floor[i]);
        }
        SolveMany(valuation, exponent, logScale, logRivals, floor, cap, bounds, default, roots, effort, payoff, withPayoffs);
    }

    /// <summary>The logarithms a problem's iteration starts from, which depend only on its valuation, exponent and floor: a
    /// competition's bids keep those over all its rounds, so it computes them once (<see cref="LogBounds"/>) rather than
    /// two logarithms per bid and round.</summary>
    /// <param name="Lowest">ln of the least effort.</param>
    /// <param name="LogValueExponent">ln(V·R), the upper bound of any root being ln(V·R/4).</param>
    internal readonly record struct LogBound(double Lowest, double LogValueExponent);

    /// <summary>Returns the logarithms of a problem that do not change with its rivals.</summary>
    internal static LogBound LogBounds(double valuation, double exponent, double floor) =>
        new(Math.Log(LeastEffort(floor, valuation)), Math.Log(valuation * exponent));

    /// <summary>Solves many problems as the public overloads do, with their <see cref="LogBound"/>s computed before, each
    /// starting from its exponent's table of roots where <paramref name="tables"/> holds one (empty: none has).</summary>
    internal static void SolveMany(ReadOnlySpan<double> valuation, ReadOnlySpan<double> exponent, ReadOnlySpan<double> logScale,
        ReadOnlySpan<double> logRivals, ReadOnlySpan<double> floor, ReadOnlySpan<double> cap, ReadOnlySpan<LogBound> bounds,
        ReadOnlySpan<OddsTable?> tables, Span<double> roots, Span<double> effort, Span<double> payoff, bool withPayoffs)
    {
        var n = valuation.Length;
        var cells = NewtonColumns.CellsFor(n);
        var newton = new NewtonColumns(cells <= 1024 ? stackalloc double[cells] : new double[cells], n);
        for (var i = 0; i < n; i++)
        {
            Start(newton, i, valuation[i], exponent[i], logScale[i], logRivals[i], floor[i], cap[i], roots[i], bounds[i], tables.IsEmpty ? null : tables[i]);
        }
        newton.Run();
        for (var i = 0; i < n; i++)
        {
            effort[i] = Finish(newton, i, valuation[i], exponent[i], logScale[i], logRivals[i], floor[i], cap[i], bounds[i], withPayoffs, out payoff[i], out roots[i]);
        }
    }

    /// <summary>Puts a problem in column <paramref name="i"/> of <paramref name="newton"/>: trivial (no root to find), or
    /// running from the root its exponent's table gives (<see cref="OddsTable"/>), or from <paramref name="start"/>, or from the
    /// upper bound of any root, the first of these that lies between the floor and the bound; <paramref name="roots"/> is the
    /// table for the problem's exponent (<see cref="RootTables.For"/>; null: none). Other arguments as for <see cref="SolveMany(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, Span{double}, Span{double}, bool)"/>.</summary>
    internal static void Start(in NewtonColumns newton, int i, double valuation, double exponent, double logScale, double logRivals, double floor,
        double cap, double start, LogBound bound, OddsTable? roots)
    {
        if (exponent <= 0 || valuation <= 0 || double.IsNegativeInfinity(logRivals) || cap <= LeastEffort(floor, valuation))
        {
            return;
        }
        var u = bound.LogValueExponent - LogFour;
        if (roots is not null && roots.Exponent == exponent)
        {
            // The root to 10⁻⁷ or better from the table, so that one step confirms it; else as without a table.
            var x = roots.LogOdds(bound.LogValueExponent - ((logRivals - logScale) / exponent));
            var tabled = (x - logScale + logRivals) / exponent;
            start = tabled > bound.Lowest && tabled < u ? tabled : start;
        }
        var warm = start > bound.Lowest && start < u;
        newton.Put(i, logScale, exponent, logRivals, bound.LogValueExponent, bound.Lowest, warm ? start : u, warm);
    }

    /// <summary>Returns the best effort of the problem in column <paramref name="i"/> once <paramref name="newton"/> has run,
    /// its expected net gain in <paramref name="payoff"/> (NaN where not wanted nor needed) and the root found in
    /// <paramref name="root"/> (NaN when there is none).</summary>
    internal static double Finish(in NewtonColumns newton, int i, double valuation, double exponent, double logScale, double logRivals, double floor,
        double cap, LogBound bound, bool withPayoff, out double payoff, out double root)
    {
        var (u, state, shareAtRoot) = newton.Result(i);
        root = state == NewtonColumns.Found ? u : double.NaN;
        return new Problem(valuation, exponent, logScale, logRivals, LeastEffort(floor, valuation), cap, bound.Lowest, u, state, shareAtRoot)
            .Finish(withPayoff, out payoff);
    }

    // The floor, kept above zero so that its logarithm is finite.
    private static double LeastEffort(double floor, double valuation) => Math.Max(floor, 1e-9 * Math.Max(valuation, 1.0));

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

    // One best-response problem where Newton's method left it, for choosing its effort.
    private readonly struct Problem(double valuation, double exponent, double logScale, double logRivals, double floor, double cap, double lowest,
        double u, double state, double shareAtU)
    {
        // The effort: the root if it pays at least as much as the floor (capped), else the floor.
        public double Finish(bool withPayoff, out double payoff)
        {
            payoff = double.NaN;
            if (state == NewtonColumns.Trivial)
            {
                var least = Math.Min(floor, Math.Max(cap, floor));
                if (withPayoff)
                {
                    payoff = Payoff(valuation, exponent, logScale, logRivals, least);
                }
                return least;
            }
            if (state != NewtonColumns.Found || u <= lowest)
            {
                if (withPayoff)
                {
                    payoff = AtFloor();
                }
                return floor;
            }
            var unconstrained = Math.Exp(u);
            var capped = unconstrained > cap;
            var effort = capped ? cap : unconstrained;
            // With R ≤ 1 the payoff is concave in E (p is a concave increasing function of the concave E^R), so the root, or
            // the cap below it, pays at least what the floor does and the floor's payoff need not be computed.
            if (exponent <= 1.0 && !withPayoff)
            {
                return effort;
            }
            var share = shareAtU;
            if (capped)
            {
                share = Logit.Probability(logScale + (exponent * Math.Log(cap)) - logRivals);
            }
            else if (double.IsNaN(share))
            {
                share = Logit.Probability(logScale + (exponent * u) - logRivals);
            }
            var atEffort = (valuation * share) - effort;
            if (exponent <= 1.0)
            {
                payoff = atEffort;
                return effort;
            }
            var atFloor = AtFloor();
            if (atEffort >= atFloor)
            {
                payoff = atEffort;
                return effort;
            }
            payoff = atFloor;
            return floor;
        }

        private double AtFloor() => (valuation * Logit.Probability(logScale + (exponent * lowest) - logRivals)) - floor;
    }
}
