namespace Simulation.Experiments.Statistics;

/// <summary>
/// Count, mean and sample standard deviation of a stream of values by Welford's updates, the same operations in the same
/// order as MathNet's <c>RunningStatistics</c> for these two moments (so the same bits), without the third and fourth
/// moments and extremes that a run's summaries never read: a run adds a value per metric, mode and replication, on the
/// thread that hands results on in order.
/// </summary>
public struct RunningMoments
{
    private long _count;
    private double _mean;
    private double _sumOfSquares; // Σ (x − mean)², updated as each value arrives

    /// <summary>Number of values added.</summary>
    public readonly long Count => _count;

    /// <summary>Mean of the values (NaN when there are none).</summary>
    public readonly double Mean => _count > 0 ? _mean : double.NaN;

    /// <summary>Sample standard deviation, with n − 1 (NaN with fewer than two values).</summary>
    public readonly double StandardDeviation => _count < 2 ? double.NaN : Math.Sqrt(_sumOfSquares / (_count - 1));

    /// <summary>Adds a value.</summary>
    public void Add(double value)
    {
        _count++;
        var deviation = value - _mean;
        var step = deviation / _count;
        _mean += step;
        _sumOfSquares += deviation * step * (_count - 1);
    }
}
