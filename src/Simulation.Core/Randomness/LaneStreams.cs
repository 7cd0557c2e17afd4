using System.Runtime.Intrinsics;

namespace Simulation.Core.Randomness;

/// <summary>
/// The random streams of four replications side by side, one per vector lane: a draw advances all four exactly as each
/// <see cref="RandomStream"/> would advance alone, so a submodel run across replications (<see cref="ModelLanes"/>) draws the
/// same numbers in every replication as when it runs by itself.
/// </summary>
internal struct LaneStreams
{
    /// <summary>How many streams are held.</summary>
    public const int Count = 4;

    private Vector256<ulong> _s0, _s1, _s2, _s3;

    /// <summary>Takes over <paramref name="stream"/> in lane <paramref name="lane"/>.</summary>
    public void Load(int lane, in RandomStream stream)
    {
        var (s0, s1, s2, s3) = stream.State;
        _s0 = _s0.WithElement(lane, s0);
        _s1 = _s1.WithElement(lane, s1);
        _s2 = _s2.WithElement(lane, s2);
        _s3 = _s3.WithElement(lane, s3);
    }

    /// <summary>Returns lane <paramref name="lane"/>'s stream where it has got to.</summary>
    public readonly RandomStream Stream(int lane) => RandomStream.FromState(_s0[lane], _s1[lane], _s2[lane], _s3[lane]);

    /// <summary>Returns the next 64 random bits of every lane (xoshiro256**, as <see cref="RandomStream.NextUInt64"/>).</summary>
    public Vector256<ulong> NextUInt64()
    {
        var times5 = _s1 + (_s1 << 2);
        var rotated = (times5 << 7) | (times5 >>> 57);
        var result = rotated + (rotated << 3);
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = (_s3 << 45) | (_s3 >>> 19);
        return result;
    }

    /// <summary>Returns a uniform draw in [0, 1) in every lane, each exactly <see cref="RandomStream.NextDouble"/> of its own
    /// stream.</summary>
    public Vector256<double> NextUniform() => Vector256.ConvertToDouble(NextUInt64() >>> 11) * Vector256.Create(1.0 / (1UL << 53));

    /// <summary>Returns a standard normal draw in every lane, each exactly <see cref="RandomStream.NextGaussian"/> of its own
    /// stream: the ziggurat's common case (the draw inside its layer's rectangle) in the lanes together, the rare wedge or
    /// tail by the lane's own stream.</summary>
    public Vector256<double> NextGaussian()
    {
        var bits = NextUInt64();
        var edge = NormalZiggurat.Edge;
        var ratio = NormalZiggurat.InnerRatio;
        var layers = bits & Vector256.Create((ulong)(NormalZiggurat.Layers - 1));
        var (l0, l1, l2, l3) = ((int)layers[0], (int)layers[1], (int)layers[2], (int)layers[3]);
        var u = (Vector256.Create(2.0) * (Vector256.ConvertToDouble(bits >>> 11) * Vector256.Create(1.0 / (1UL << 53)))) - Vector256<double>.One;
        var inside = Vector256.LessThan(Vector256.Abs(u), Vector256.Create(ratio[l0], ratio[l1], ratio[l2], ratio[l3]));
        var x = u * Vector256.Create(edge[l0], edge[l1], edge[l2], edge[l3]);
        var outside = ~inside.ExtractMostSignificantBits() & 0b1111;
        for (; outside != 0; outside &= outside - 1)
        {
            var lane = System.Numerics.BitOperations.TrailingZeroCount(outside);
            var stream = Stream(lane);
            x = x.WithElement(lane, stream.Gaussian(bits[lane]));
            Load(lane, stream);
        }
        return x;
    }
}
