using System.Runtime.Intrinsics;

namespace Simulation.Benchmarks;

/// <summary>
/// Eight xoshiro256** streams in the lanes of 512-bit vectors for <see cref="LaneHeldClusters8"/>: the eight-lane twin of
/// <see cref="MaskedLaneStreams"/>, to measure whether wider vectors change what state held lane by lane gains.
/// </summary>
public struct MaskedLaneStreams8
{
    private Vector512<ulong> _s0, _s1, _s2, _s3;

    /// <summary>The streams of replications <paramref name="first"/> to <paramref name="first"/> + 7 of
    /// <paramref name="seed"/>, seeded as <see cref="Core.Randomness.RandomStream.ForReplication"/> seeds them.</summary>
    public static MaskedLaneStreams8 ForReplications(ulong seed, long first)
    {
        Span<ulong> s = stackalloc ulong[32];
        for (var lane = 0; lane < 8; lane++)
        {
            var mix = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(first + lane + 1));
            for (var word = 0; word < 4; word++)
            {
                s[(word * 8) + lane] = MaskedLaneStreams.SplitMix64(ref mix);
            }
        }
        return new MaskedLaneStreams8
        {
            _s0 = Vector512.Create<ulong>(s[..8]),
            _s1 = Vector512.Create<ulong>(s[8..16]),
            _s2 = Vector512.Create<ulong>(s[16..24]),
            _s3 = Vector512.Create<ulong>(s[24..]),
        };
    }

    /// <summary>Returns a uniform draw in [0, 1) in every lane, advancing only the streams of the lanes set in <paramref name="mask"/>.</summary>
    public Vector512<double> NextUniform(Vector512<ulong> mask)
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
        _s0 = Vector512.ConditionalSelect(mask, s0, _s0);
        _s1 = Vector512.ConditionalSelect(mask, s1, _s1);
        _s2 = Vector512.ConditionalSelect(mask, s2, _s2);
        _s3 = Vector512.ConditionalSelect(mask, s3, _s3);
        return Vector512.ConvertToDouble(result >>> 11) * Vector512.Create(1.0 / (1UL << 53));
    }
}
