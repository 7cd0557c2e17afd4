using Simulation.Core.Randomness;

namespace Simulation.Core.Tests.Randomness;

public class RandomStreamTests
{
    [Fact]
    public void SameSeedAndReplication_GiveTheSameSequence()
    {
        var a = RandomStream.ForReplication(123, 7);
        var b = RandomStream.ForReplication(123, 7);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }

    [Fact]
    public void Seeds_AreTheTop63BitsOfTheNextDraw_SoEveryOneIsASeedTheToolkitTakes()
    {
        var seeds = RandomStream.ForReplication(9, 1);
        var bits = RandomStream.ForReplication(9, 1);
        var highest = 0UL;
        for (var i = 0; i < 1000; i++)
        {
            var seed = seeds.NextSeed();
            Assert.Equal(bits.NextUInt64() >> 1, seed);
            Assert.InRange(seed, 0UL, (ulong)long.MaxValue);
            highest = Math.Max(highest, seed);
        }
        Assert.True(highest >= 1UL << 62, "the seeds should span the whole range");
    }

    [Fact]
    public void Replications_GetDifferentStreams()
    {
        var first = Enumerable.Range(0, 1000).Select(r => RandomStream.ForReplication(123, r).NextUInt64()).ToHashSet();
        Assert.Equal(1000, first.Count);
    }

    [Fact]
    public void Draws_HaveTheRightMoments()
    {
        var random = RandomStream.ForReplication(1, 0);
        const int n = 200_000;
        double uniform = 0, gaussian = 0, gaussianSquares = 0, gumbel = 0;
        for (var i = 0; i < n; i++)
        {
            uniform += random.NextDouble();
            var g = random.NextGaussian();
            gaussian += g;
            gaussianSquares += g * g;
            gumbel += random.NextGumbel();
        }
        Assert.Equal(0.5, uniform / n, 2);
        Assert.Equal(0.0, gaussian / n, 2);
        Assert.Equal(1.0, gaussianSquares / n, 1);
        Assert.Equal(0.5772156649, gumbel / n, 2); // Euler–Mascheroni constant
    }

    [Fact]
    public void NextGaussian_FollowsTheStandardNormalDistribution_TailsIncluded()
    {
        // Φ(x) at a few points, the last pair beyond the ziggurat's tail start (3.44), so the tail sampler is checked too.
        double[] points = [-3.5, -3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0, 3.5];
        double[] cdf = [2.326290790355e-4, 1.349898031630e-3, 2.275013194818e-2, 0.1586552539315, 0.3085375387260, 0.5,
            0.6914624612740, 0.8413447460685, 0.9772498680518, 0.9986501019684, 0.9997673709210];
        var random = RandomStream.ForReplication(2, 0);
        const int n = 2_000_000;
        var below = new int[points.Length];
        for (var i = 0; i < n; i++)
        {
            var z = random.NextGaussian();
            for (var j = 0; j < points.Length; j++)
            {
                below[j] += z < points[j] ? 1 : 0;
            }
        }
        for (var j = 0; j < points.Length; j++)
        {
            var sd = Math.Sqrt(cdf[j] * (1 - cdf[j]) / n);
            Assert.True(Math.Abs(((double)below[j] / n) - cdf[j]) < 5 * sd, $"P(Z < {points[j]}) = {(double)below[j] / n:F6}, expected {cdf[j]:F6}");
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(19)]
    [InlineData(40)]
    public void NextIndexFromSums_OverManyWeights_DrawsAsNextIndexDoes(int count)
    {
        var weights = Enumerable.Range(0, count).Select(i => i % 3 == 1 ? 0.0 : 0.5 + (i % 5)).ToArray();
        var sums = new double[weights.Length];
        RandomStream.RunningSums(weights, sums);
        var a = RandomStream.ForReplication(9, 3);
        var b = RandomStream.ForReplication(9, 3);
        for (var i = 0; i < 20_000; i++)
        {
            Assert.Equal(b.NextIndex(weights), a.NextIndexFromSums(sums));
        }
    }

    [Fact]
    public void NextIndexFromSums_DrawsAsNextIndexDoes_AndNeverAZeroWeight()
    {
        double[] weights = [0.0, 2.5, 0.0, 1.0, 3.25, 0.0];
        var sums = new double[weights.Length];
        RandomStream.RunningSums(weights, sums);
        var a = RandomStream.ForReplication(4, 1);
        var b = RandomStream.ForReplication(4, 1);
        for (var i = 0; i < 100_000; i++)
        {
            var index = a.NextIndexFromSums(sums);
            Assert.Equal(b.NextIndex(weights), index);
            Assert.True(weights[index] > 0);
        }
        Assert.Equal(-1, a.NextIndexFromSums(new double[3]));
    }
}
