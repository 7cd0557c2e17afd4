using System.Runtime.Intrinsics;

namespace Simulation.Benchmarks;

/// <summary>
/// Four xoshiro256** streams in vector lanes for <see cref="LaneHeldClusters"/>, each seeded as the model seeds a
/// replication's stream and advanced only in the lanes a mask selects, so that every lane draws exactly the numbers its
/// replication draws when run alone.
/// </summary>
public struct MaskedLaneStreams
{
    private static readonly Vector256<ulong>[] Masks = [.. Enumerable.Range(0, 16).Select(bits => Vector256.Create(
        (bits & 1) != 0 ? ~0UL : 0, (bits & 2) != 0 ? ~0UL : 0, (bits & 4) != 0 ? ~0UL : 0, (bits & 8) != 0 ? ~0UL : 0))];

    private Vector256<ulong> _s0, _s1, _s2, _s3;

    /// <summary>The streams of replications <paramref name="first"/> to <paramref name="first"/> + 3 of
    /// <paramref name="seed"/>, seeded as <see cref="Core.Randomness.RandomStream.ForReplication"/> seeds them.</summary>
    public static MaskedLaneStreams ForReplications(ulong seed, long first)
    {
        Span<ulong> s = stackalloc ulong[16];
        for (var lane = 0; lane < 4; lane++)
        {
            var mix = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(first + lane + 1));
            for (var word = 0; word < 4; word++)
            {
                s[(word * 4) + lane] = SplitMix64(ref mix);
            }
        }
        return new MaskedLaneStreams
        {
            _s0 = Vector256.Create<ulong>(s[..4]),
            _s1 = Vector256.Create<ulong>(s[4..8]),
            _s2 = Vector256.Create<ulong>(s[8..12]),
            _s3 = Vector256.Create<ulong>(s[12..]),
        };
    }

    /// <summary>Returns the lanes of a bit per lane (lane 0 the lowest), as <see cref="Core.Logit.DecideLanes"/> gives them, set to all ones.</summary>
    public static Vector256<ulong> Mask(int bits) => Masks[bits];

    /// <summary>Returns a uniform draw in [0, 1) in every lane, advancing only the streams of the lanes set in <paramref name="mask"/>.</summary>
    public Vector256<double> NextUniform(Vector256<ulong> mask)
    {
        var times5 = _s1 + (_s1 << 2);
        var rotated = (times5 << 7) | (times5 >>> 57);
        var result = rotated + (rotated << 3);
        var t = _s1 << 17;
        var s2 = _s2 ^ _s0;
        var s3 = _s3 ^ _s1;
        var s1 = _s1 ^ s2;
        var s0 = _s0 ^ s3;
        s2 ^= t;
        s3 = (s3 << 45) | (s3 >>> 19);
        _s0 = Vector256.ConditionalSelect(mask, s0, _s0);
        _s1 = Vector256.ConditionalSelect(mask, s1, _s1);
        _s2 = Vector256.ConditionalSelect(mask, s2, _s2);
        _s3 = Vector256.ConditionalSelect(mask, s3, _s3);
        return Vector256.ConvertToDouble(result >>> 11) * Vector256.Create(1.0 / (1UL << 53));
    }

    /// <summary>The SplitMix64 step the model seeds a replication's stream with, shared by the eight-lane twin.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
