using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Simulation.Core.Numerics;

namespace Simulation.Core.Bidding;

/// <summary>
/// Newton's iterations of many best-response problems (<see cref="BestResponse"/>), held in columns and stepped four at a time.
/// An iteration is a chain of an exponential, a logarithm and two divisions; stepping independent problems in vector lanes
/// works on several chains at once. Every lane computes exactly what it would alone (<see cref="LaneMath"/>), so a problem's
/// root does not depend on the problems it was solved beside.
/// </summary>
internal readonly ref struct NewtonColumns
{
    /// <summary>Where a problem's iteration is: still stepping, on its root, given up (no interior optimum), or not iterated
    /// at all (its answer needs no root).</summary>
    public const double Running = 0, Found = 1, Failed = 2, Trivial = 3;

    private const int Columns = 10;
    private const int Lanes = 4;
    private const double LogFour = 1.3862943611198906;

    // Newton's error after a step of size h is about |g''/(2g')|·h², so once a step in ln E is below 1e-5 the effort is
    // known to about 1e-10 times that factor (relative): far finer than anything the model does with it (the effort noise
    // alone has a standard deviation of 20 % in the baseline), and one iteration fewer than confirming it to 1e-16.
    private const double StepTolerance = 1e-5;
    private const int MaxIterations = 60;

    private readonly Span<double> _cells;
    private readonly int _width;

    /// <summary>Lays out columns for <paramref name="problems"/> problems in <paramref name="cells"/>, which must hold
    /// <see cref="CellsFor"/> of them; every problem starts <see cref="Trivial"/>.</summary>
    public NewtonColumns(Span<double> cells, int problems)
    {
        _width = Width(problems);
        _cells = cells[..(Columns * _width)];
        State.Fill(Trivial);
    }

    /// <summary>Returns how many cells the columns of <paramref name="problems"/> problems take.</summary>
    public static int CellsFor(int problems) => Columns * Width(problems);

    /// <summary>Puts problem <paramref name="i"/> in the columns, to start from <paramref name="u"/>.</summary>
    /// <param name="i">The problem's column.</param>
    /// <param name="logScale">c, the merit part of ln q.</param>
    /// <param name="exponent">R, the exponent of effort.</param>
    /// <param name="logRivals">ln Y, the rivals' strength.</param>
    /// <param name="logValueExponent">ln(V·R).</param>
    /// <param name="lowest">ln of the least effort: an iterate below it gives up.</param>
    /// <param name="u">The first iterate, ln E.</param>
    /// <param name="warm">True when <paramref name="u"/> is a given point rather than the upper bound: a start left of the
    /// maximum of the first-order condition restarts from the bound.</param>
    public void Put(int i, double logScale, double exponent, double logRivals, double logValueExponent, double lowest, double u, bool warm)
    {
        _cells[i] = logScale;
        _cells[_width + i] = exponent;
        _cells[(2 * _width) + i] = logRivals;
        _cells[(3 * _width) + i] = logValueExponent;
        _cells[(4 * _width) + i] = lowest;
        _cells[(5 * _width) + i] = u;
        _cells[(6 * _width) + i] = warm ? 1.0 : 0.0;
        _cells[(7 * _width) + i] = u > lowest ? Running : Failed;
    }

    /// <summary>The iterate of problem <paramref name="i"/> (ln E), where it is (<see cref="Running"/>, <see cref="Found"/>,
    /// <see cref="Failed"/> or <see cref="Trivial"/>), and p at the iterate when the last iteration did not move it (else NaN).</summary>
    public (double U, double State, double ShareAtRoot) Result(int i) => (_cells[(5 * _width) + i], _cells[(7 * _width) + i], _cells[(8 * _width) + i]);

    private Span<double> LogScale => Column(0);

    private Span<double> Exponent => Column(1);

    private Span<double> LogRivals => Column(2);

    private Span<double> LogValueExponent => Column(3);

    private Span<double> Lowest => Column(4);

    private Span<double> U => Column(5);

    private Span<double> Warm => Column(6);

    private Span<double> State => Column(7);

    private Span<double> ShareAtRoot => Column(8);

    private Span<double> Iterations => Column(9);

    /// <summary>Steps every running problem until none is running.</summary>
    public void Run()
    {
        ShareAtRoot.Fill(double.NaN);
        Iterations.Clear();
        bool running;
        do
        {
            running = false;
            for (var lane = 0; lane < _width; lane += Lanes)
            {
                running |= Step(lane);
            }
        }
        while (running);
    }

    private static int Width(int problems) => (problems + Lanes - 1) / Lanes * Lanes;

    private Span<double> Column(int index) => _cells.Slice(index * _width, _width);

    // One Newton step on g(u) = ln(V·R) + ln q + ln Y − 2·ln(q + Y) − u for the four problems from lane on, each exactly as
    // one problem alone would take it: with x = ln q − ln Y and t = e^(−|x|), the share is 1/(1+t) or t/(1+t), and
    // ln q + ln Y − 2·ln(q + Y) = −|x| − 2·ln(1 + t). Returns true when one of them is still running.
    private bool Step(int lane)
    {
        var state = Load(State, lane);
        var running = Vector256.Equals(state, Vector256<double>.Zero);
        if (running.ExtractMostSignificantBits() == 0)
        {
            return false;
        }
        var one = Vector256<double>.One;
        var (u, exponent, logVr) = (Load(U, lane), Load(Exponent, lane), Load(LogValueExponent, lane));
        var x = (Load(LogScale, lane) + (exponent * u)) - Load(LogRivals, lane);
        var distance = Vector256.Abs(x);
        var t = LaneMath.Exp(-distance);
        var share = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, Vector256<double>.Zero), one / (one + t), t / (one + t));
        var g = ((logVr - distance) - (Vector256.Create(2.0) * LaneMath.Log(one + t))) - u;
        var slope = (exponent * (one - (Vector256.Create(2.0) * share))) - one;

        var onRoot = running & Vector256.LessThan(Vector256.Abs(g), Vector256.Create(1e-12));
        Store(Vector256.ConditionalSelect(onRoot, share, Load(ShareAtRoot, lane)), ShareAtRoot, lane);
        var rest = Vector256.AndNot(running, onRoot);
        var rising = rest & Vector256.GreaterThanOrEqual(slope, Vector256<double>.Zero); // past the maximum of g with g < 0
        var warm = Load(Warm, lane);
        var wasWarm = Vector256.GreaterThan(warm, Vector256<double>.Zero);
        var restart = rising & wasWarm; // started left of the maximum: from the upper bound instead
        var gaveUp = Vector256.AndNot(rising, wasWarm); // no interior optimum
        var stepping = Vector256.AndNot(rest, rising);
        var step = g / slope;
        u = Vector256.ConditionalSelect(restart, logVr - Vector256.Create(LogFour), Vector256.ConditionalSelect(stepping, u - step, u));
        Store(u, U, lane);
        Store(Vector256.ConditionalSelect(restart | stepping, Vector256<double>.Zero, warm), Warm, lane);
        var small = stepping & Vector256.LessThan(Vector256.Abs(step), Vector256.Create(StepTolerance));
        var going = Vector256.AndNot(stepping, small);
        var iterations = Load(Iterations, lane);
        iterations = Vector256.ConditionalSelect(going, iterations + one, iterations);
        Store(iterations, Iterations, lane);
        var lost = going & (Vector256.GreaterThanOrEqual(iterations, Vector256.Create((double)MaxIterations)) | ~Vector256.GreaterThan(u, Load(Lowest, lane)));
        state = Vector256.ConditionalSelect(onRoot | small, Vector256.Create(Found), state);
        state = Vector256.ConditionalSelect(gaveUp | lost, Vector256.Create(Failed), state);
        Store(state, State, lane);
        return Vector256.Equals(state, Vector256<double>.Zero).ExtractMostSignificantBits() != 0;
    }

    private static Vector256<double> Load(Span<double> column, int lane) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(column), (nuint)lane);

    private static void Store(Vector256<double> value, Span<double> column, int lane) =>
        value.StoreUnsafe(ref MemoryMarshal.GetReference(column), (nuint)lane);
}
