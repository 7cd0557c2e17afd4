namespace Simulation.Core.Bidding;

/// <summary>
/// Where a best response lies, read off a table rather than found by iteration. With x = ln q − ln Y the bid's log-odds, the
/// first-order condition of <see cref="BestResponse"/> reads φ(x) = 2·ln(1 + eˣ) + x·(1/R − 1) = K, K = ln(V·R) − (ln Y − c)/R:
/// for a given exponent R its root depends on K alone. φ is explicit, so the table holds φ and its slope at evenly spaced x,
/// and a root is the cubic in K through the two entries around it, with the inverse's slopes 1/φ′ at both ends. For
/// R ≤ <see cref="MaxExponent"/> φ rises steeply enough everywhere that its inverse is smooth and the cubic is within 10⁻⁷ of
/// the root (10⁻⁸ at R = 0.3, tested), so one Newton step, which confirms it, lands within the stopping tolerance: one iteration
/// instead of three on average.
/// </summary>
/// <remarks>Approximate by design: the start is within 10⁻⁷ of the root, and the Newton step from it leaves the root closer
/// than the iteration's own tolerance did from its earlier starts, so efforts agree with them to about 10⁻¹⁰ relative. A table
/// costs one exponential and one logarithm per entry to build, about 15 µs, which a new scenario (a calibration particle, a
/// sweep point) pays once per thread: the models of one thread share their tables (<see cref="RootTables"/>).</remarks>
public sealed class OddsTable
{
    /// <summary>The largest exponent tabulated: φ′ ≥ 1/R − 1 keeps the inverse's derivatives bounded.</summary>
    public const double MaxExponent = 0.8;

    private const double Reach = 20.0; // the table covers log-odds in [−Reach, Reach]: winning chances 2·10⁻⁹ to 1 − 2·10⁻⁹
    private const int Intervals = 512; // evenly spaced in x
    private const int Buckets = 4 * Intervals; // evenly spaced in K, each pointing at the interval its start falls in

    private readonly double _tilt; // 1/R − 1
    private readonly double[] _phi; // φ at each entry
    private readonly double[] _inverseSlope; // 1/φ′ at each entry: dx/dK
    private readonly int[] _interval; // per bucket of K, the interval holding the bucket's start
    private readonly double _lowest; // φ(−Reach)
    private readonly double _bucketsPerK;

    /// <summary>Tabulates φ for exponent <paramref name="exponent"/>, in (0, <see cref="MaxExponent"/>].</summary>
    public OddsTable(double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exponent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(exponent, MaxExponent);
        Exponent = exponent;
        _tilt = (1.0 / exponent) - 1.0;
        _phi = new double[Intervals + 1];
        _inverseSlope = new double[Intervals + 1];
        for (var i = 0; i <= Intervals; i++)
        {
            var x = At(i);
            var t = Math.Exp(-Math.Abs(x));
            var p = x >= 0 ? 1.0 / (1.0 + t) : t / (1.0 + t);
            _phi[i] = (2.0 * (Math.Max(x, 0.0) + Math.Log(1.0 + t))) + (_tilt * x);
            _inverseSlope[i] = 1.0 / ((2.0 * p) + _tilt);
        }
        _lowest = _phi[0];
        _bucketsPerK = Buckets / (_phi[Intervals] - _lowest);
        _interval = new int[Buckets];
        var interval = 0;
        for (var b = 0; b < Buckets; b++)
        {
            var start = _lowest + (b / _bucketsPerK);
            while (interval < Intervals - 1 && _phi[interval + 1] <= start)
            {
                interval++;
            }
            _interval[b] = interval;
        }
    }

    /// <summary>R, the exponent this table is for.</summary>
    public double Exponent { get; }

    /// <summary>Returns the log-odds x solving φ(x) = <paramref name="k"/> to 10⁻⁷ or better, or NaN outside the table.</summary>
    public double LogOdds(double k)
    {
        var bucket = (k - _lowest) * _bucketsPerK;
        if (!(bucket >= 0 && bucket < Buckets))
        {
            return double.NaN;
        }
        var i = _interval[(int)bucket];
        while (i < Intervals - 1 && _phi[i + 1] <= k)
        {
            i++; // a bucket spans at most a few intervals
        }
        // Cubic Hermite interpolation in K between entries i and i + 1.
        var width = _phi[i + 1] - _phi[i];
        var f = (k - _phi[i]) / width;
        var (m0, m1) = (width * _inverseSlope[i], width * _inverseSlope[i + 1]);
        var (x0, x1) = (At(i), At(i + 1));
        var g = 1.0 - f;
        return (g * g * (((1.0 + (2.0 * f)) * x0) + (f * m0))) + (f * f * (((3.0 - (2.0 * f)) * x1) - (g * m1)));
    }

    // The log-odds of entry i.
    private static double At(int i) => -Reach + (i * (2.0 * Reach / Intervals));
}
