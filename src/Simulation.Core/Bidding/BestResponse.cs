namespace Simulation.Core.Bidding;

/// <summary>
/// The effort that maximises V·p(E) − E when the bid's strength is ln q = c + R·ln E and its rivals' combined
/// strength is Y, so p = q / (q + Y). Solves the first-order condition V·R·q·Y / (E·(q+Y)²) = 1 by Newton's
/// method on u = ln E: the condition is concave in u, so starting above the largest root (E = V·R/4, an
/// upper bound of any root) the iteration falls monotonically onto it.
/// </summary>
/// <remarks>
/// This is the innermost loop of a replication (a few hundred solves each), so every iteration costs one exponential and
/// one logarithm: with x = ln q − ln Y and t = e^(−|x|), the share is 1/(1+t) or t/(1+t), and
/// ln q + ln Y − 2·ln(q + Y) = −|x| − 2·ln(1 + t).
/// </remarks>
public static class BestResponse
{
    private const double LogFour = 1.3862943611198906;

    // Newton's error after a step of size h is about |g''/(2g')|·h², so once a step in ln E is below 1e-5 the effort is
    // known to about 1e-10 times that factor (relative): far finer than anything the model does with it (the effort noise
    // alone has a standard deviation of 20 % in the baseline), and one iteration fewer than confirming it to 1e-16.
    private const double StepTolerance = 1e-5;

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
        var lane = new Lane(valuation, exponent, logScale, logRivals, floor, cap, double.NaN, LogBounds(valuation, exponent, floor));
        while (lane.IsRunning)
        {
            lane.Iterate();
        }
        return lane.Finish(true, out payoff);
    }

    /// <summary>
    /// Solves many independent problems, each exactly as <see cref="Solve"/> would, and writes each best effort and its
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
        SolveMany(valuation, exponent, logScale, logRivals, floor, cap, bounds, roots, effort, payoff, withPayoffs);
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

    /// <summary>Solves many problems as the public overloads do, with their <see cref="LogBound"/>s computed before.</summary>
    internal static void SolveMany(ReadOnlySpan<double> valuation, ReadOnlySpan<double> exponent, ReadOnlySpan<double> logScale,
        ReadOnlySpan<double> logRivals, ReadOnlySpan<double> floor, ReadOnlySpan<double> cap, ReadOnlySpan<LogBound> bounds, Span<double> roots,
        Span<double> effort, Span<double> payoff, bool withPayoffs)
    {
        var n = valuation.Length;
        Span<Lane> lanes = n <= 64 ? stackalloc Lane[n] : new Lane[n];
        var running = 0;
        for (var i = 0; i < n; i++)
        {
            lanes[i] = new Lane(valuation[i], exponent[i], logScale[i], logRivals[i], floor[i], cap[i], roots[i], bounds[i]);
            running += lanes[i].IsRunning ? 1 : 0;
        }
        while (running > 0)
        {
            running = 0;
            for (var i = 0; i < n; i++)
            {
                ref var lane = ref lanes[i];
                if (lane.IsRunning)
                {
                    lane.Iterate();
                    running += lane.IsRunning ? 1 : 0;
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            effort[i] = lanes[i].Finish(withPayoffs, out payoff[i]);
            roots[i] = lanes[i].Root;
        }
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

    // One best-response problem and where Newton's method has got to on it.
    private struct Lane
    {
        private const byte Running = 0, Found = 1, Failed = 2, Trivial = 3;
        private readonly double _valuation, _exponent, _logScale, _logRivals, _floor, _cap, _lowest, _logVr;
        private double _u;
        private bool _warm; // started from a given point and not yet past a step: a start left of the maximum restarts
        private double _shareAtU; // p at the final u, when the last iteration did not move it
        private int _iteration;
        private byte _state;

        public Lane(double valuation, double exponent, double logScale, double logRivals, double floor, double cap, double start, LogBound bound)
        {
            _valuation = valuation;
            _exponent = exponent;
            _logScale = logScale;
            _logRivals = logRivals;
            _floor = LeastEffort(floor, valuation);
            _cap = cap;
            _shareAtU = double.NaN;
            if (exponent <= 0 || valuation <= 0 || double.IsNegativeInfinity(logRivals) || cap <= _floor)
            {
                _state = Trivial;
                return;
            }
            (_lowest, _logVr) = (bound.Lowest, bound.LogValueExponent);
            _u = _logVr - LogFour;
            if (start > _lowest && start < _u)
            {
                (_u, _warm) = (start, true);
            }
            _state = _u > _lowest ? Running : Failed;
        }

        // ln E of the root found (NaN when there is none).
        public readonly double Root => _state == Found ? _u : double.NaN;

        public readonly bool IsRunning => _state == Running;

        // One Newton step on g(u) = ln(V·R) + ln q + ln Y − 2·ln(q + Y) − u.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Iterate()
        {
            var x = _logScale + (_exponent * _u) - _logRivals;
            var distance = Math.Abs(x);
            var t = Math.Exp(-distance);
            var share = x >= 0 ? 1.0 / (1.0 + t) : t / (1.0 + t);
            var g = _logVr - distance - (2.0 * Math.Log(1.0 + t)) - _u;
            var slope = (_exponent * (1.0 - (2.0 * share))) - 1.0;
            if (Math.Abs(g) < 1e-12)
            {
                _shareAtU = share;
                _state = Found;
                return;
            }
            if (slope >= 0)
            {
                if (_warm)
                {
                    (_u, _warm) = (_logVr - LogFour, false); // started left of the maximum: from the upper bound instead
                    return;
                }
                _state = Failed; // past the maximum of g with g < 0: no interior optimum
                return;
            }
            _warm = false;
            var step = g / slope;
            _u -= step;
            if (Math.Abs(step) < StepTolerance)
            {
                _state = Found;
            }
            else if (++_iteration >= 60 || !(_u > _lowest))
            {
                _state = Failed;
            }
        }

        // The effort: the root if it pays at least as much as the floor (capped), else the floor.
        public readonly double Finish(bool withPayoff, out double payoff)
        {
            payoff = double.NaN;
            if (_state == Trivial)
            {
                var least = Math.Min(_floor, Math.Max(_cap, _floor));
                if (withPayoff)
                {
                    payoff = Payoff(_valuation, _exponent, _logScale, _logRivals, least);
                }
                return least;
            }
            if (_state != Found || _u <= _lowest)
            {
                if (withPayoff)
                {
                    payoff = AtFloor();
                }
                return _floor;
            }
            var unconstrained = Math.Exp(_u);
            var capped = unconstrained > _cap;
            var effort = capped ? _cap : unconstrained;
            // With R ≤ 1 the payoff is concave in E (p is a concave increasing function of the concave E^R), so the root, or
            // the cap below it, pays at least what the floor does and the floor's payoff need not be computed.
            if (_exponent <= 1.0 && !withPayoff)
            {
                return effort;
            }
            var share = _shareAtU;
            if (capped)
            {
                share = Logit.Probability(_logScale + (_exponent * Math.Log(_cap)) - _logRivals);
            }
            else if (double.IsNaN(share))
            {
                share = Logit.Probability(_logScale + (_exponent * _u) - _logRivals);
            }
            var atEffort = (_valuation * share) - effort;
            if (_exponent <= 1.0)
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
            return _floor;
        }

        private readonly double AtFloor() => (_valuation * Logit.Probability(_logScale + (_exponent * _lowest) - _logRivals)) - _floor;
    }
}
