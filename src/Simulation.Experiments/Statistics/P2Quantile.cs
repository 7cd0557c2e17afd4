namespace Simulation.Experiments.Statistics;

/// <summary>
/// Streaming estimate of one quantile in constant memory (the P² algorithm of Jain and Chlamtac, 1985), so that
/// summaries of a million replications need no stored values. Exact for five observations or fewer, an
/// approximation beyond; deterministic for a given order of observations.
/// </summary>
public sealed class P2Quantile
{
    private readonly double _p;
    private readonly double[] _heights = new double[5];
    private readonly double[] _positions = new double[5];
    private readonly double[] _desired = new double[5];
    private readonly double[] _increments;
    private long _count;

    /// <summary>Creates an estimator of the <paramref name="probability"/> quantile (0 &lt; p &lt; 1).</summary>
    public P2Quantile(double probability)
    {
        if (probability is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "must be strictly between 0 and 1");
        }
        _p = probability;
        _increments = [0, _p / 2, _p, (1 + _p) / 2, 1];
    }

    /// <summary>Number of observations so far.</summary>
    public long Count => _count;

    /// <summary>Adds an observation.</summary>
    public void Add(double x)
    {
        if (_count < 5)
        {
            _heights[_count++] = x;
            if (_count == 5)
            {
                Array.Sort(_heights);
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
        for (var i = 0; i < 5; i++)
        {
            _desired[i] += _increments[i];
        }
        _count++;

        for (var i = 1; i <= 3; i++)
        {
            var d = _desired[i] - _positions[i];
            if ((d >= 1 && _positions[i + 1] - _positions[i] > 1) || (d <= -1 && _positions[i - 1] - _positions[i] < -1))
            {
                var sign = Math.Sign(d);
                var candidate = Parabolic(i, sign);
                _heights[i] = _heights[i - 1] < candidate && candidate < _heights[i + 1] ? candidate : Linear(i, sign);
                _positions[i] += sign;
            }
        }
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
            var sorted = _heights[..(int)_count];
            Array.Sort(sorted);
            // Linear interpolation between order statistics (R type 7), as MathNet's QuantileDefinition.R7.
            var h = (_count - 1) * _p;
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, (int)_count - 1);
            return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
        }
        return _heights[2];
    }

    private double Parabolic(int i, int d)
    {
        var (q, n) = (_heights, _positions);
        return q[i] + (d / (n[i + 1] - n[i - 1]) * (((n[i] - n[i - 1] + d) * (q[i + 1] - q[i]) / (n[i + 1] - n[i])) + ((n[i + 1] - n[i] - d) * (q[i] - q[i - 1]) / (n[i] - n[i - 1]))));
    }

    private double Linear(int i, int d) => _heights[i] + (d * (_heights[i + d] - _heights[i]) / (_positions[i + d] - _positions[i]));
}
