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
}
