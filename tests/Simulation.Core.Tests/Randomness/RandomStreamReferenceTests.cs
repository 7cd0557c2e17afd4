using Simulation.Core.Randomness;

namespace Simulation.Core.Tests.Randomness;

/// <summary>The generator against the published algorithms, and the edges of its weighted draws.</summary>
public class RandomStreamReferenceTests
{
    // Expected values from Vigna's reference xoshiro256** seeded by four SplitMix64 outputs from seed ^ (0x9E3779B97F4A7C15 ·
    // (replication + 1)), computed outside this code base by a transcription of the reference C that reproduces the
    // published vectors (SplitMix64 from 0 first gives 0xE220A8397B1DCDAF; xoshiro256** from {1, 2, 3, 4} gives 11520, 0,
    // 1509978240).
    [Theory]
    [InlineData(0UL, 0L, 0x422EA740D0977210UL, 0xE062B061B42E2928UL, 0x5A071FC5930841B6UL)]
    [InlineData(42UL, 3L, 0xFE647E5153400883UL, 0x7FCB8E42F6A75C30UL, 0xB4D1E9A12A159020UL)]
    public void Streams_AreXoshiro256StarStarSeededBySplitMix64(ulong seed, long replication, ulong first, ulong second, ulong third)
    {
        var random = RandomStream.ForReplication(seed, replication);

        Assert.Equal([first, second, third], new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64() });
    }

    [Fact]
    public void Uniforms_AreTheTop53BitsOverTwoToThe53_TheOpenOneShiftedByHalf()
    {
        // Stream (42, 3): 0xFE647E5153400883 >> 11 = 0x1FCC8FCA2A6801, then 0x7FCB8E42F6A75C30 >> 11 = 4496391738938603.
        var random = RandomStream.ForReplication(42, 3);

        Assert.Equal(0xFE647E5153400883UL >> 11, (ulong)(random.NextDouble() * (1UL << 53)));
        Assert.Equal((4496391738938603 + 0.5) / (1UL << 53), random.NextOpenDouble());
    }

    [Fact]
    public void NextIndex_WithNoPositiveWeight_IsMinusOne_AndDrawsNothing()
    {
        var random = RandomStream.ForReplication(1, 0);
        var copy = random;

        Assert.Equal(-1, random.NextIndex([0.0, -1.0, 0.0]));
        Assert.Equal(copy.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void RunningSumsAndTotals_IgnoreNegativeWeights()
    {
        var sums = new double[4];
        RandomStream.RunningSums([1.0, -2.0, 3.0, 0.0], sums);

        Assert.Equal([1.0, 1.0, 4.0, 4.0], sums);
        Assert.Equal(4.0, RandomStream.PositiveTotal([1.0, -2.0, 3.0, 0.0]));
    }

    [Theory]
    [InlineData(new[] { 1.0, double.PositiveInfinity, 0.0, 0.0 }, 1)]
    [InlineData(new[] { double.PositiveInfinity, 0.0 }, 0)]
    public void WhenTheTargetReachesTheTotal_TheLastPositiveWeightIsDrawn(double[] weights, int expected)
    {
        // An infinite weight puts every target at the total, the case rounding can cause: both draws settle on the last
        // entry that has a positive weight.
        var sums = new double[weights.Length];
        RandomStream.RunningSums(weights, sums);
        var random = RandomStream.ForReplication(2, 0);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(expected, random.NextIndexFromSums(sums));
            Assert.Equal(expected, random.NextIndex(weights));
        }
    }

    [Fact]
    public void NextBernoulli_IsTrueWithItsProbability()
    {
        var random = RandomStream.ForReplication(3, 0);
        const int n = 20_000;
        var hits = 0;
        for (var i = 0; i < n; i++)
        {
            hits += random.NextBernoulli(0.3) ? 1 : 0;
            Assert.False(random.NextBernoulli(0.0));
            Assert.True(random.NextBernoulli(1.0));
        }

        Frequencies.AssertClose(0.3, (double)hits / n, n, "Bernoulli(0.3)");
    }

    [Fact]
    public void NormalDrawsBeyondTheZigguratsTail_FollowTheNormalTail()
    {
        // Given |Z| > R = 3.4426 (the tail sampler's share), P(|Z| > 3.8) = Q(3.8) / Q(R) = 7.2348e-5 / 2.8805e-4 = 0.2512,
        // and the mean excess E[|Z| − R] = φ(R) / Q(R) − R = 0.2568.
        const double tailStart = 3.442619855899;
        var random = RandomStream.ForReplication(4, 0);
        var excess = new List<double>();
        for (var i = 0; i < 16_000_000; i++)
        {
            var z = Math.Abs(random.NextGaussian());
            if (z > tailStart)
            {
                excess.Add(z - tailStart);
            }
        }

        var beyond = excess.Count(e => e > 3.8 - tailStart) / (double)excess.Count;
        Frequencies.AssertClose(7.234804392512e-5 / 2.880542561958e-4, beyond, excess.Count, "beyond 3.8");
        var (mean, sd) = Frequencies.Moments(excess);
        var expectedMean = (Math.Exp(-0.5 * tailStart * tailStart) / Math.Sqrt(2 * Math.PI) / 2.880542561958e-4) - tailStart;
        Assert.True(Math.Abs(mean - expectedMean) < 5 * sd / Math.Sqrt(excess.Count), $"mean excess {mean:F4}, expected {expectedMean:F4}");
    }
}
