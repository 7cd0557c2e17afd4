using MathNet.Numerics.Distributions;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Comparison;

/// <summary>Running means of a quantity under two scenarios and of their paired difference, in constant memory.</summary>
public sealed class PairedStatistics
{
    private RunningMoments _a;
    private RunningMoments _b;
    private RunningMoments _difference;

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
    }

    /// <summary>Returns the comparison row for this quantity.</summary>
    public OutcomeDifference Summarise(DifferenceKind kind, string name, string regime)
    {
        var n = _difference.Count;
        if (n == 0)
        {
            return new OutcomeDifference(kind, name, regime, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }
        var mean = _difference.Mean;
        var half = n > 1 ? StudentT.InvCDF(0, 1, n - 1, 0.975) * _difference.StandardDeviation / Math.Sqrt(n) : double.NaN;
        // Identical pairs give a standard deviation of exactly zero, and so an interval of exactly zero width.
        if (n > 1 && _difference.StandardDeviation == 0)
        {
            half = 0;
        }
        return new OutcomeDifference(kind, name, regime, _a.Mean, _b.Mean, mean, mean - half, mean + half, n);
    }
}
