namespace Simulation.Core.Randomness;

/// <summary>
/// A seedable xoshiro256** generator held by value, so each replication owns one stream and
/// drawing from it allocates nothing. Streams are derived from (seed, replication) with SplitMix64,
/// which makes results independent of which thread ran which replication.
/// </summary>
public struct RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Returns the stream of one replication: a pure function of the scenario seed and the replication index.</summary>
    /// <param name="seed">The scenario's master seed.</param>
    /// <param name="replication">Zero-based replication index.</param>
    public static RandomStream ForReplication(ulong seed, long replication)
    {
        var mix = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(replication + 1));
        var stream = new RandomStream
        {
            _s0 = SplitMix64(ref mix),
            _s1 = SplitMix64(ref mix),
            _s2 = SplitMix64(ref mix),
            _s3 = SplitMix64(ref mix),
        };
        if ((stream._s0 | stream._s1 | stream._s2 | stream._s3) == 0)
        {
            stream._s0 = 1;
        }
        return stream;
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a uniform draw in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a uniform draw in (0, 1), safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>Returns a standard normal draw (Box-Muller; one of the pair is discarded to keep the stream stateless).</summary>
    public double NextGaussian()
    {
        var u1 = NextOpenDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Returns a standard Gumbel (maximum) draw; with it, "highest noisy score wins" is exactly a logit choice.</summary>
    public double NextGumbel() => -Math.Log(-Math.Log(NextOpenDouble()));

    /// <summary>Returns an index drawn with probability proportional to <paramref name="weights"/> (entries ≤ 0 are never drawn),
    /// or -1 when no weight is positive.</summary>
    public int NextIndex(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w > 0 ? w : 0.0;
        }
        if (total <= 0)
        {
            return -1;
        }
        var target = NextDouble() * total;
        var chosen = -1;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }
            chosen = i;
            target -= weights[i];
            if (target < 0)
            {
                break;
            }
        }
        return chosen;
    }

    /// <summary>Returns true with probability <paramref name="probability"/>.</summary>
    public bool NextBernoulli(double probability) => NextDouble() < probability;

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
