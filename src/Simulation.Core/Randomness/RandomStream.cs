using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Simulation.Core.Randomness;

/// <summary>
/// A seedable xoshiro256** generator held by value, so each replication owns one stream and
/// drawing from it allocates nothing. Streams are derived from (seed, replication) with SplitMix64,
/// which makes results independent of which thread ran which replication.
/// </summary>
public struct RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>The stream's state, for <see cref="LaneStreams"/> to carry on from.</summary>
    internal readonly (ulong S0, ulong S1, ulong S2, ulong S3) State => (_s0, _s1, _s2, _s3);

    /// <summary>A stream in the given state, as <see cref="LaneStreams"/> hands it back.</summary>
    internal static RandomStream FromState(ulong s0, ulong s1, ulong s2, ulong s3) => new() { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

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

    /// <summary>Returns a master seed for a run derived from this one (a sweep point's, an evaluated point's): the next 63
    /// random bits, so that every seed the toolkit hands out is one that a scenario file and <c>--seed</c> accept again
    /// (0 to 2^63 − 1).</summary>
    public ulong NextSeed() => NextUInt64() >> 1;

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

    /// <summary>Returns a standard normal draw by the ziggurat method (<see cref="NormalZiggurat"/>): one 64-bit draw
    /// gives the layer (its low 7 bits) and a signed uniform (its top 53 bits); draws outside the layer's inner rectangle
    /// are accepted or rejected against the density, so a call consumes one 64-bit draw most of the time and more in the
    /// wedges and the tail.</summary>
    public double NextGaussian() => Gaussian(NextUInt64());

    /// <summary>Completes a standard normal draw whose first 64 bits, <paramref name="bits"/>, were just drawn from this
    /// stream (<see cref="NextGaussian"/>), drawing more from it if the first bits fall outside the layer's inner
    /// rectangle: so that draws made many streams at a time (<see cref="LaneStreams"/>) settle those rare cases exactly as
    /// one stream would.</summary>
    internal double Gaussian(ulong bits)
    {
        var edge = NormalZiggurat.Edge;
        var ratio = NormalZiggurat.InnerRatio;
        while (true)
        {
            var layer = (int)(bits & (NormalZiggurat.Layers - 1));
            var u = (2.0 * ((bits >> 11) * (1.0 / (1UL << 53)))) - 1.0;
            if (Math.Abs(u) < ratio[layer])
            {
                return u * edge[layer];
            }
            if (layer == 0)
            {
                return NormalTail(u < 0);
            }
            var x = u * edge[layer];
            var outer = Math.Exp(-0.5 * ((edge[layer] * edge[layer]) - (x * x)));
            var inner = Math.Exp(-0.5 * ((edge[layer + 1] * edge[layer + 1]) - (x * x)));
            if (inner + (NextDouble() * (outer - inner)) < 1.0)
            {
                return x;
            }
            bits = NextUInt64();
        }
    }

    /// <summary>Returns a standard Gumbel (maximum) draw; with it, "highest noisy score wins" is exactly a logit choice.</summary>
    public double NextGumbel() => -Math.Log(-Math.Log(NextOpenDouble()));

    /// <summary>Returns an index drawn with probability proportional to <paramref name="weights"/> (entries ≤ 0 are never drawn),
    /// or -1 when no weight is positive.</summary>
    public int NextIndex(ReadOnlySpan<double> weights) => NextIndex(weights, PositiveTotal(weights));

    /// <summary>Returns an index drawn as <see cref="NextIndex(ReadOnlySpan{double})"/> does, given the total that
    /// <see cref="PositiveTotal"/> returns for <paramref name="weights"/>: for repeated draws from weights that rarely
    /// change, so the sum is not taken again for each draw.</summary>
    public int NextIndex(ReadOnlySpan<double> weights, double total)
    {
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

    /// <summary>Returns an index drawn with probability proportional to weights given by their running sums
    /// (<see cref="RunningSums"/>), or -1 when no weight is positive: for many draws from weights that rarely change. The
    /// index is the first whose running sum exceeds the uniform times the total, found by counting rather than by a loop
    /// that exits at an unpredictable place.</summary>
    public int NextIndexFromSums(ReadOnlySpan<double> sums)
    {
        var total = sums[^1];
        if (total <= 0)
        {
            return -1;
        }
        var target = NextDouble() * total;
        var index = 0;
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            // Eight sums counted per comparison: the same count as one at a time, exactly.
            var targets = Vector512.Create(target);
            for (; i + 8 <= sums.Length; i += 8)
            {
                var below = Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(sums), (nuint)i), targets);
                index += BitOperations.PopCount(below.ExtractMostSignificantBits());
            }
        }
        for (; i < sums.Length; i++)
        {
            index += sums[i] <= target ? 1 : 0;
        }
        if (index < sums.Length)
        {
            return index;
        }
        // Rounding put the target at the total: the last entry with a positive weight.
        index = sums.Length - 1;
        while (index > 0 && sums[index - 1] >= sums[index])
        {
            index--;
        }
        return index;
    }

    /// <summary>Writes the running sums of the positive entries of <paramref name="weights"/> into <paramref name="sums"/>
    /// (entries ≤ 0 add nothing), for <see cref="NextIndexFromSums"/>.</summary>
    public static void RunningSums(ReadOnlySpan<double> weights, Span<double> sums)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i] > 0 ? weights[i] : 0.0;
            sums[i] = total;
        }
    }

    /// <summary>Returns the sum of the positive entries of <paramref name="weights"/>, in order: the total a weighted draw
    /// scales its uniform by.</summary>
    public static double PositiveTotal(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w > 0 ? w : 0.0;
        }
        return total;
    }

    /// <summary>Returns true with probability <paramref name="probability"/>.</summary>
    public bool NextBernoulli(double probability) => NextDouble() < probability;

    // Marsaglia's (1964) exact sampler of the normal tail beyond R.
    private double NormalTail(bool negative)
    {
        double x, y;
        do
        {
            x = Math.Log(NextOpenDouble()) / NormalZiggurat.TailStart;
            y = Math.Log(NextOpenDouble());
        }
        while (-2.0 * y < x * x);
        return negative ? x - NormalZiggurat.TailStart : NormalZiggurat.TailStart - x;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
