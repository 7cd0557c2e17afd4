namespace Simulation.Experiments.Statistics;

/// <summary>
/// The summary of a count metric (designations held, clusters stalled) from a histogram of its values: the mean and
/// standard deviation from exact integer sums, and the 5th, 50th and 95th percentiles by the R-7 definition read off the
/// cumulative counts, the same values <see cref="MetricAccumulator"/> gives from its sorted sample but exact at any number
/// of replications, with one increment per value and no sorting. Keeps no sample for plots.
/// </summary>
public sealed class CountAccumulator : IMetricAccumulator
{
    /// <summary>Largest count a histogram holds.</summary>
    public const int MaxCount = 1 << 20;

    private long[] _histogram = new long[64];
    private long _count;
    private long _sum;
    private double _sumOfSquares;
    private int _largest = -1;

    /// <inheritdoc />
    public long Missing { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<double> Sample => [];

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a whole number in [0, <see cref="MaxCount"/>].</exception>
    public void Add(double value)
    {
        if (double.IsNaN(value))
        {
            Missing++;
            return;
        }
        if (value < 0 || value > MaxCount || value != Math.Floor(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A count metric takes whole numbers from 0.");
        }
        var k = (int)value;
        if (k >= _histogram.Length)
        {
            Array.Resize(ref _histogram, Math.Max(k + 1, 2 * _histogram.Length));
        }
        _histogram[k]++;
        _count++;
        _sum += k;
        _sumOfSquares += (double)k * k;
        _largest = Math.Max(_largest, k);
    }

    /// <inheritdoc />
    public void Add(double value, int key) => Add(value);

    /// <inheritdoc />
    public MetricStatistics Summarise()
    {
        if (_count == 0)
        {
            return new MetricStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var moments = Moments();
        return new MetricStatistics(_count, moments.Mean, moments.StandardDeviation, Percentile(0.05), Percentile(0.50), Percentile(0.95));
    }

    /// <inheritdoc />
    public MetricMoments Moments()
    {
        if (_count == 0)
        {
            return new MetricMoments(0, double.NaN, double.NaN); // no value: no mean, no spread
        }
        var mean = (double)_sum / _count;
        var variance = _count > 1 ? Math.Max(0.0, (_sumOfSquares - (_count * mean * mean)) / (_count - 1)) : double.NaN; // n − 1: none from one value
        return new MetricMoments(_count, mean, Math.Sqrt(variance));
    }

    // R-7 over the sorted values, written as MathNet writes it (1-based h = (n − 1)τ + 1), so that the two accumulators
    // round alike: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
    private double Percentile(double tau)
    {
        var h = ((_count - 1) * tau) + 1.0;
        var floor = Math.Floor(h);
        var lower = OrderStatistic((long)floor - 1);
        return (long)floor >= _count ? lower : lower + ((h - floor) * (OrderStatistic((long)floor) - lower));
    }

    // The value at 0-based position i of the sorted values.
    private double OrderStatistic(long i)
    {
        var seen = 0L;
        for (var k = 0; k <= _largest; k++)
        {
            seen += _histogram[k];
            if (seen > i)
            {
                return k;
            }
        }
        return _largest;
    }
}
