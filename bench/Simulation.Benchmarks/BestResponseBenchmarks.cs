using BenchmarkDotNet.Attributes;
using Simulation.Core.Bidding;
using Simulation.Core.Randomness;

namespace Simulation.Benchmarks;

/// <summary>
/// One best response (ODD §7.4.4) solved by Newton's iteration from the upper bound of any root, against the same problem
/// started from its exponent's table of roots (<see cref="OddsTable"/>), as a model's competitions now start it: the
/// baseline's exponent (R = 0.3) and problems spread over the merits, rivals and valuations its competitions see. The
/// difference is the iterations the table saves; building the table is measured apart.
/// </summary>
public class BestResponseBenchmarks
{
    private const int Count = 256;
    private const double Exponent = 0.3;
    private readonly double[] _valuation = new double[Count];
    private readonly double[] _logScale = new double[Count];
    private readonly double[] _logRivals = new double[Count];
    private OddsTable _table = null!;

    /// <summary>Draws the problems and builds the table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = RandomStream.ForReplication(3, 0);
        for (var i = 0; i < Count; i++)
        {
            _valuation[i] = 100 + (3000 * random.NextDouble());
            _logScale[i] = (-2 + (4 * random.NextDouble())) / Exponent - (Exponent * Math.Log(_valuation[i]));
            _logRivals[i] = -1 + (4 * random.NextDouble());
        }
        _table = new OddsTable(Exponent);
    }

    /// <summary>256 problems, each iterated from the upper bound of any root.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public double FromUpperBound() => SolveAll(null);

    /// <summary>The same problems, each started from the table.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double FromTable() => SolveAll(_table);

    /// <summary>Building the table for one exponent.</summary>
    [Benchmark]
    public OddsTable BuildTable() => new(Exponent);

    private double SolveAll(OddsTable? table)
    {
        var sum = 0.0;
        for (var i = 0; i < Count; i++)
        {
            sum += BestResponse.Solve(_valuation[i], Exponent, _logScale[i], _logRivals[i], 1.0, 1e9, table, out _);
        }
        return sum;
    }
}
