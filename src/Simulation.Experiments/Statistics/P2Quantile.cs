using System.Runtime.CompilerServices;

namespace Simulation.Experiments.Statistics;

/// <summary>
/// Streaming estimate of one quantile in constant memory (the P² algorithm of Jain and Chlamtac, 1985), so that
/// summaries of a million replications need no stored values. Exact for five observations or fewer, an
/// approximation beyond; deterministic for a given order of observations.
/// </summary>
/// <remarks>A run of 10^6 replications makes about 3·10^8 of these updates on the thread that aggregates, so the five
/// markers live in fixed-size inline buffers (no array bounds to check) and the three middle markers are adjusted by
/// straight-line code.</remarks>
public sealed class P2Quantile
{
    private readonly double _p;
    private Markers _heights;
    private Markers _positions;
    private Markers _desired;
    private Markers _increments;
    private long _count;

    /// <summary>Creates an estimator of the <paramref name="probability"/> quantile (0 &lt; p &lt; 1).</summary>
    public P2Quantile(double probability)
    {
        if (probability is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "must be strictly between 0 and 1");
        }
        _p = probability;
        _increments[0] = 0;
        _increments[1] = _p / 2;
        _increments[2] = _p;
        _increments[3] = (1 + _p) / 2;
        _increments[4] = 1;
    }

    /// <summary>Number of observations so far.</summary>
    public long Count => _count;

    /// <summary>Adds an observation.</summary>
    public void Add(double x)
    {
        if (_count < 5)
        {
            _heights[(int)_count++] = x;
            if (_count == 5)
            {
                ((Span<double>)_heights).Sort();
                for (var i = 0; i < 5; i++)
                {
                    _positions[i] = i + 1;
                }
                _desired[0] = 1;
                _desired[1] = 1 + (2 * _p);
                _desired[2] = 1 + (4 * _p);
                _desired[3] = 3 + (2 * _p);
                _desired[4] = 5;
            }
            return;
        }

        int k;
        if (x < _heights[0])
        {
            _heights[0] = x;
            k = 0;
        }
        else if (x >= _heights[4])
        {
            _heights[4] = x;
            k = 3;
        }
        else
        {
            k = 0;
            while (k < 3 && x >= _heights[k + 1])
            {
                k++;
            }
        }
        for (var i = k + 1; i < 5; i++)
        {
            _positions[i]++;
        }
        _desired[0] += _increments[0];
        _desired[1] += _increments[1];
        _desired[2] += _increments[2];
        _desired[3] += _increments[3];
        _desired[4] += _increments[4];
        _count++;

        Adjust(1);
        Adjust(2);
        Adjust(3);
    }

    /// <summary>Returns the current estimate (NaN with no observations).</summary>
    public double Estimate()
    {
        if (_count == 0)
        {
            return double.NaN;
        }
        if (_count < 5)
        {
            Span<double> sorted = stackalloc double[(int)_count];
            ((ReadOnlySpan<double>)_heights)[..(int)_count].CopyTo(sorted);
            sorted.Sort();
            // Linear interpolation between order statistics (R type 7), as MathNet's QuantileDefinition.R7.
            var h = (_count - 1) * _p;
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, (int)_count - 1);
            return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
        }
        return _heights[2];
    }

    // Moves middle marker i one position towards where it should be, by the piecewise-parabolic formula (or linearly
    // when that would break the markers' order).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Adjust(int i)
    {
        var d = _desired[i] - _positions[i];
        if ((d >= 1 && _positions[i + 1] - _positions[i] > 1) || (d <= -1 && _positions[i - 1] - _positions[i] < -1))
        {
            var sign = d >= 1 ? 1 : -1;
            var candidate = Parabolic(i, sign);
            _heights[i] = _heights[i - 1] < candidate && candidate < _heights[i + 1] ? candidate : Linear(i, sign);
            _positions[i] += sign;
        }
    }

    private double Parabolic(int i, int d)
    {
        ref readonly var q = ref _heights;
        ref readonly var n = ref _positions;
        return q[i] + (d / (n[i + 1] - n[i - 1]) * (((n[i] - n[i - 1] + d) * (q[i + 1] - q[i]) / (n[i + 1] - n[i])) + ((n[i + 1] - n[i] - d) * (q[i] - q[i - 1]) / (n[i] - n[i - 1]))));
    }

    private double Linear(int i, int d) => _heights[i] + (d * (_heights[i + d] - _heights[i]) / (_positions[i + d] - _positions[i]));

    [InlineArray(5)]
    private struct Markers
    {
        private double _element;
    }
}
