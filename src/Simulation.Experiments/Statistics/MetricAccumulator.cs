using MathNet.Numerics.Statistics;

namespace Simulation.Experiments.Statistics;

/// <summary>
/// Mean, standard deviation and the 5th, 50th and 95th percentiles of one outcome metric, accumulated in bounded
/// memory as replications stream in: the moments by <see cref="RunningMoments"/>; the percentiles exactly
/// (R-7 definition) from the first <see cref="ExactLimit"/> values, and beyond that from a <see cref="QuantileSketch"/>
/// (within a relative 0.05 % by construction, so approximate, but never outside the least and greatest value). The sketch is started only when a value arrives past the
/// limit, from the values kept and then each new one, so a run that never gets there neither finds a value's bucket nor
/// holds the sketch's counts (its counts do not depend on the order values arrive in). Values that are not numbers are
/// counted apart.
/// </summary>
public sealed class MetricAccumulator : IMetricAccumulator
{
    private RunningMoments _moments;
    private readonly QuantileSketch _sketch = new();
    private readonly List<double> _sample = [];

    // The least and the greatest value, kept once the sketch starts: a bucket's centre may lie outside the values it counts
    // (by up to 0.05 %), and a percentile is clamped to them, so that a metric with one value in every replication has that
    // value as every percentile, and none lies outside what was observed.
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    /// <summary>Values kept, beyond which percentiles are streaming estimates.</summary>
    public const int ExactLimit = 20_000;

    /// <inheritdoc />
    public long Missing { get; private set; }

    /// <inheritdoc />
    public void Add(double value) => Add(value, KeyIfNeeded(value, _sample.Count));

    /// <summary>Returns <see cref="QuantileSketch.Key"/> of a value that will be the <paramref name="position"/>-th number (from
    /// 0) an accumulator receives, or 0 when it falls within <see cref="ExactLimit"/> and its key is never read (a value from
    /// replication number <paramref name="position"/> is at most that position, so a run's threads pass that number).</summary>
    public static int KeyIfNeeded(double value, long position) => position < ExactLimit ? 0 : QuantileSketch.Key(value);

    /// <inheritdoc />
    /// <remarks>The key is read only for values past <see cref="ExactLimit"/> (<see cref="KeyIfNeeded"/>).</remarks>
    public void Add(double value, int key)
    {
        if (double.IsNaN(value))
        {
            Missing++;
            return;
        }
        _moments.Add(value);
        if (_sample.Count < ExactLimit)
        {
            if (_sample.Count == _sample.Capacity)
            {
                // Grow to the limit and no further, so that the memory of a long run stays what it was at the limit.
                _sample.Capacity = Math.Min(ExactLimit, Math.Max(64, 2 * _sample.Capacity));
            }
            _sample.Add(value);
            return;
        }
        if (_sketch.Count == 0)
        {
            foreach (var kept in _sample)
            {
                _sketch.Add(QuantileSketch.Key(kept));
                (_min, _max) = (Math.Min(_min, kept), Math.Max(_max, kept));
            }
        }
        _sketch.Add(key);
        (_min, _max) = (Math.Min(_min, value), Math.Max(_max, value));
    }

    /// <inheritdoc />
    public MetricStatistics Summarise()
    {
        var exact = _moments.Count <= ExactLimit;
        var sorted = exact ? [.. _sample] : Array.Empty<double>();
        Array.Sort(sorted); // in place on doubles, several times faster than a LINQ ordering: a run summarises ~100 metrics
        double Percentile(double tau) =>
            !exact ? Math.Clamp(_sketch.Quantile(tau), _min, _max)
            : sorted.Length == 0 ? double.NaN : SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);
        var moments = Moments();
        return new MetricStatistics(moments.Count, moments.Mean, moments.StandardDeviation, Percentile(0.05), Percentile(0.50), Percentile(0.95));
    }

    /// <inheritdoc />
    /// <remarks>The standard deviation divides by n − 1, so it is undefined (NaN, a blank cell) with one value as with none.</remarks>
    public MetricMoments Moments() => new(_moments.Count, _moments.Mean, _moments.StandardDeviation);

    /// <inheritdoc />
    /// <remarks>At most <see cref="ExactLimit"/> values.</remarks>
    public IReadOnlyList<double> Sample => _sample;
}

/// <summary>Summary statistics of one metric.</summary>
/// <param name="Count">Number of values.</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1; NaN with fewer than two values).</param>
/// <param name="P05">5th percentile (exact up to the limit, then from the sketch).</param>
/// <param name="P50">Median (exact up to the limit, then from the sketch).</param>
/// <param name="P95">95th percentile (exact up to the limit, then from the sketch).</param>
public sealed record MetricStatistics(long Count, double Mean, double StandardDeviation, double P05, double P50, double P95);
