namespace Simulation.Experiments.Statistics;

/// <summary>
/// Percentiles of a long stream of values from counts in logarithmically spaced buckets (DDSketch: Masson, Rim and Lee
/// 2019): every value within a relative <see cref="RelativeAccuracy"/> of its bucket's centre, in bounded memory. A value's
/// bucket (<see cref="Key"/>) is a pure function of the value, so the threads that compute replications find it and the
/// thread that aggregates only counts; and counts do not depend on the order they arrive in. Approximate by design.
/// </summary>
public sealed class QuantileSketch
{
    /// <summary>Largest relative distance between a value and the centre of its bucket, which the percentiles inherit.</summary>
    public const double RelativeAccuracy = 5e-4;

    /// <summary>Most buckets on each side of zero; beyond it the smallest magnitudes share the lowest bucket kept.</summary>
    public const int MaxBuckets = 1 << 16;

    // Keys: 0 for zero (and magnitudes below 1e-300), ±(k + Bias) for a positive or negative value whose magnitude is in
    // (γ^(k−1), γ^k]; the bias keeps every key of a magnitude from 1e-300 to the largest double away from 0.
    private const int Bias = 1 << 21;
    private const int MaxExponent = 800_000;
    private const double Smallest = 1e-300;
    private static readonly double Gamma = (1 + RelativeAccuracy) / (1 - RelativeAccuracy);
    private static readonly double InverseLogGamma = 1.0 / Math.Log(Gamma);

    private readonly Buckets _positive = new();
    private readonly Buckets _negative = new();
    private long _zeros;

    /// <summary>Number of values counted.</summary>
    public long Count { get; private set; }

    /// <summary>Returns the bucket of <paramref name="value"/>, for <see cref="Add(int)"/>; a NaN, which is never counted,
    /// falls in the zero bucket.</summary>
    public static int Key(double value)
    {
        var magnitude = Math.Abs(value);
        if (!(magnitude >= Smallest))
        {
            return 0;
        }
        var exponent = (int)Math.Clamp(Math.Ceiling(Math.Log(magnitude) * InverseLogGamma), -MaxExponent, MaxExponent);
        return value > 0 ? exponent + Bias : -(exponent + Bias);
    }

    /// <summary>Counts a value (not a NaN).</summary>
    public void Add(double value) => Add(Key(value));

    /// <summary>Counts a value by its bucket, from <see cref="Key"/>.</summary>
    public void Add(int key)
    {
        Count++;
        if (key == 0)
        {
            _zeros++;
        }
        else if (key > 0)
        {
            _positive.Add(key);
        }
        else
        {
            _negative.Add(-key);
        }
    }

    /// <summary>Returns the <paramref name="tau"/> quantile by the R-7 definition over the bucket centres (NaN when
    /// empty): within <see cref="RelativeAccuracy"/> of the R-7 quantile of the values themselves for a value below the
    /// collapsing limit.</summary>
    public double Quantile(double tau)
    {
        if (Count == 0)
        {
            return double.NaN;
        }
        var h = (Count - 1) * tau;
        var floor = Math.Floor(h);
        var lower = OrderStatistic((long)floor);
        return h == floor || (long)floor + 1 >= Count ? lower : lower + ((h - floor) * (OrderStatistic((long)floor + 1) - lower));
    }

    // The bucket centre of the value at 0-based position i in ascending order: the negative values from the largest
    // magnitude down, the zeros, then the positive values from the smallest magnitude up.
    private double OrderStatistic(long i)
    {
        if (i < _negative.Total)
        {
            return -Centre(_negative.KeyAtRankFromTop(i));
        }
        i -= _negative.Total;
        if (i < _zeros)
        {
            return 0.0;
        }
        return Centre(_positive.KeyAtRank(i - _zeros));
    }

    // The value within a relative RelativeAccuracy of every magnitude in (γ^(k−1), γ^k]: 2γ^k / (γ + 1).
    private static double Centre(int key) => 2.0 * Math.Pow(Gamma, key - Bias) / (Gamma + 1.0);

    // Counts of the keys from the lowest to the highest seen, in an array with room on both sides, at most MaxBuckets
    // apart: a key below the highest by more is counted in the lowest bucket kept, and a new highest key folds the counts
    // too far below it into that bucket.
    private sealed class Buckets
    {
        private long[] _counts = [];
        private int _low; // key of _counts[0]
        private int _min;
        private int _max;

        public long Total { get; private set; }

        public void Add(int key)
        {
            if (Total++ == 0)
            {
                (_min, _max) = (key, key);
            }
            else if (key < _min)
            {
                _min = Math.Max(key, _max - MaxBuckets + 1);
                key = _min;
            }
            else if (key > _max)
            {
                _max = key;
                if (_max - _min + 1 > MaxBuckets)
                {
                    FoldBelow(_max - MaxBuckets + 1);
                }
            }
            if (_min < _low || _max >= _low + _counts.Length)
            {
                Reallocate();
            }
            _counts[key - _low]++;
        }

        public int KeyAtRank(long rank)
        {
            for (var k = _min; k < _max; k++)
            {
                rank -= _counts[k - _low];
                if (rank < 0)
                {
                    return k;
                }
            }
            return _max;
        }

        public int KeyAtRankFromTop(long rank)
        {
            for (var k = _max; k > _min; k--)
            {
                rank -= _counts[k - _low];
                if (rank < 0)
                {
                    return k;
                }
            }
            return _min;
        }

        private void FoldBelow(int newMin)
        {
            var folded = 0L;
            var end = Math.Min(newMin, _low + _counts.Length); // keys past the array's end were never counted
            for (var k = _min; k < end; k++)
            {
                folded += _counts[k - _low];
                _counts[k - _low] = 0;
            }
            _min = newMin;
            if (_max >= _low + _counts.Length)
            {
                Reallocate();
            }
            _counts[newMin - _low] += folded;
        }

        // An array covering [_min, _max] with the spare room split on both sides: its length doubles, so growing costs
        // little over a run.
        private void Reallocate()
        {
            var span = _max - _min + 1;
            var length = Math.Max(Math.Min(Math.Max(64, 2 * _counts.Length), 2 * MaxBuckets), span);
            var low = _min - ((length - span) / 2);
            var counts = new long[length];
            for (var i = 0; i < _counts.Length; i++)
            {
                var k = _low + i;
                if (_counts[i] != 0 && k >= _min && k <= _max)
                {
                    counts[k - low] = _counts[i];
                }
            }
            (_counts, _low) = (counts, low);
        }
    }
}
