using MathNet.Numerics.Distributions;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Comparison;

/// <summary>Running means of a quantity under two scenarios and of their paired difference, in constant memory.</summary>
/// <remarks>A win is a count: its means are the wins over the pairs, exactly as <c>win_probabilities.csv</c> divides them,
/// rather than running means, which differ in the last digits.</remarks>
public sealed class PairedStatistics
{
    private RunningMoments _a;
    private RunningMoments _b;
    private RunningMoments _difference;
    private double _sumA, _sumB; // exact for wins (whole numbers below 2^53)

    /// <summary>Adds one replication pair; a pair with a missing value (NaN) on either side is skipped.</summary>
    public void Add(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return;
        }
        _a.Add(a);
        _b.Add(b);
        _difference.Add(b - a);
        _sumA += a;
        _sumB += b;
    }

    /// <summary>Returns the comparison row for this quantity.</summary>
    public OutcomeDifference Summarise(DifferenceKind kind, string name, string regime)
    {
        var n = _difference.Count;
        if (n == 0)
        {
            return new OutcomeDifference(kind, name, regime, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }
        var counted = kind == DifferenceKind.Win;
        var (meanA, meanB) = counted ? (_sumA / n, _sumB / n) : (_a.Mean, _b.Mean);
        var mean = counted ? (_sumB - _sumA) / n : _difference.Mean;
        var half = n > 1 ? StudentT.InvCDF(0, 1, n - 1, 0.975) * _difference.StandardDeviation / Math.Sqrt(n) : double.NaN;
        // Identical pairs give a standard deviation of exactly zero, and so an interval of exactly zero width.
        if (n > 1 && _difference.StandardDeviation == 0)
        {
            half = 0;
        }
        return new OutcomeDifference(kind, name, regime, meanA, meanB, mean, mean - half, mean + half, n);
    }
}
