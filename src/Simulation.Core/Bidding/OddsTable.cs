namespace Simulation.Core.Bidding;

/// <summary>
/// Where a best response lies, read off a table rather than found by iteration. With x = ln q − ln Y the bid's log-odds, the
/// first-order condition of <see cref="BestResponse"/> reads φ(x) = 2·ln(1 + eˣ) + x·(1/R − 1) = K, K = ln(V·R) − (ln Y − c)/R:
/// for a given exponent R its root depends on K alone. For R ≤ <see cref="MaxExponent"/> φ rises steeply enough everywhere that
/// its inverse is smooth, so a cubic through the exact roots and slopes at evenly spaced K gives the root to 2·10⁻⁷ or better
/// (10⁻⁹ at R = 0.3, tested), and one Newton step, which confirms it, lands within the stopping tolerance: one iteration
/// instead of three on average.
/// </summary>
/// <remarks>Approximate by design: the start is within 2·10⁻⁷ of the root, and the Newton step from it leaves the root
/// closer than the iteration's own tolerance did from its earlier starts, so efforts agree with them to about 10⁻¹⁰ relative.
/// A table depends only on R; the models of one thread share theirs (<see cref="RootTables"/>).</remarks>
public sealed class OddsTable
{
    /// <summary>The largest exponent tabulated: φ′ ≥ 1/R − 1 keeps the inverse's derivatives bounded.</summary>
    public const double MaxExponent = 0.8;

    private const double Reach = 20.0; // the table covers log-odds in [−Reach, Reach]: winning chances 2·10⁻⁹ to 1 − 2·10⁻⁹
    private const int Intervals = 1024; // evenly spaced in K: the steeper φ (the smaller R), the wider the spacing, and the
                                        // straighter the inverse, so the error stays about as small

    private readonly double _tilt; // 1/R − 1
    private readonly double _lowest; // K at the first entry
    private readonly double _step; // spacing in K
    private readonly double[] _root; // x at each entry
    private readonly double[] _slope; // dx/dK at each entry, times the spacing

    /// <summary>Tabulates the roots for exponent <paramref name="exponent"/>, in (0, <see cref="MaxExponent"/>].</summary>
    public OddsTable(double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exponent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(exponent, MaxExponent);
        Exponent = exponent;
        _tilt = (1.0 / exponent) - 1.0;
        _lowest = Phi(-Reach);
        _step = (Phi(Reach) - _lowest) / Intervals;
        _root = new double[Intervals + 1];
        _slope = new double[Intervals + 1];
        var x = -Reach;
        for (var j = 0; j <= Intervals; j++)
        {
            x = Root(_lowest + (j * _step), x);
            _root[j] = x;
            _slope[j] = _step / PhiSlope(x);
            x += _slope[j]; // the next entry's root, to first order
        }
    }

    /// <summary>R, the exponent this table is for.</summary>
    public double Exponent { get; }

    /// <summary>Returns the log-odds x solving φ(x) = <paramref name="k"/> to 2·10⁻⁷ or better, or NaN outside the table.</summary>
    public double LogOdds(double k)
    {
        var t = (k - _lowest) / _step;
        if (!(t >= 0 && t < _root.Length - 1))
        {
            return double.NaN;
        }
        var j = (int)t;
        var f = t - j;
        // Cubic Hermite interpolation between entries j and j + 1.
        var (x0, x1, m0, m1) = (_root[j], _root[j + 1], _slope[j], _slope[j + 1]);
        var g = 1.0 - f;
        return (g * g * (((1.0 + (2.0 * f)) * x0) + (f * m0))) + (f * f * (((3.0 - (2.0 * f)) * x1) - (g * m1)));
    }

    // φ(x) = 2·ln(1 + eˣ) + x·(1/R − 1).
    private double Phi(double x) => (2.0 * (Math.Max(x, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(x))))) + (_tilt * x);

    // φ′(x) = 2·p(x) + 1/R − 1, p the logistic function.
    private double PhiSlope(double x) => (2.0 * Logit.Probability(x)) + _tilt;

    // The root of φ(x) = k by Newton's method from a start close to it (φ is convex and increasing; a dozen steps at most).
    private double Root(double k, double x)
    {
        for (var i = 0; i < 50; i++)
        {
            var step = (Phi(x) - k) / PhiSlope(x);
            x -= step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1.0, Math.Abs(x)))
            {
                break;
            }
        }
        return x;
    }
}
