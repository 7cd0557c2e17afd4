using MathNet.Numerics.Statistics;
using Simulation.Core.Randomness;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class RunningMomentsTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(1e6, 1e9)]
    [InlineData(1e-3, -5.0)]
    public void MeanAndDeviation_AreMathNetsBitForBit(double scale, double offset)
    {
        var random = RandomStream.ForReplication(11, (long)scale);
        var moments = new RunningMoments();
        var reference = new RunningStatistics();
        for (var i = 0; i < 50_000; i++)
        {
            var value = offset + (scale * random.NextGaussian() * (1 + (i % 7)));
            moments.Add(value);
            reference.Push(value);
            if (i % 997 == 0 || i < 3)
            {
                Assert.Equal(reference.Count, moments.Count);
                Assert.Equal(BitConverter.DoubleToInt64Bits(reference.Mean), BitConverter.DoubleToInt64Bits(moments.Mean));
                Assert.Equal(BitConverter.DoubleToInt64Bits(reference.StandardDeviation), BitConverter.DoubleToInt64Bits(moments.StandardDeviation));
            }
        }
    }

    [Fact]
    public void Empty_And_SingleValue_HaveNoDeviation()
    {
        var moments = new RunningMoments();
        Assert.True(double.IsNaN(moments.Mean));
        moments.Add(4.5);
        Assert.Equal(4.5, moments.Mean);
        Assert.True(double.IsNaN(moments.StandardDeviation));
        moments.Add(6.5);
        Assert.Equal(Math.Sqrt(2.0), moments.StandardDeviation, 15);
    }
}
