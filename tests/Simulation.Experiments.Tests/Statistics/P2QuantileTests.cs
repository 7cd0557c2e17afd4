using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class P2QuantileTests
{
    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void StreamingEstimate_IsCloseToTheTrueQuantileOfANormal(double p)
    {
        var estimator = new P2Quantile(p);
        var source = new Normal(10, 2, new Xoshiro256StarStar(5));
        for (var i = 0; i < 100_000; i++)
        {
            estimator.Add(source.Sample());
        }

        Assert.Equal(Normal.InvCDF(10, 2, p), estimator.Estimate(), 0.05);
    }

    [Fact]
    public void FewObservations_GiveTheExactR7Quantile()
    {
        var estimator = new P2Quantile(0.5);
        foreach (var x in new[] { 4.0, 1.0, 3.0, 2.0 })
        {
            estimator.Add(x);
        }

        Assert.Equal(2.5, estimator.Estimate(), 12);
    }

    [Fact]
    public void Accumulator_UsesExactPercentilesUpToItsLimit()
    {
        var accumulator = new MetricAccumulator();
        for (var i = 1; i <= 101; i++)
        {
            accumulator.Add(i);
        }
        accumulator.Add(double.NaN);

        var s = accumulator.Summarise();
        Assert.Equal(101, s.Count);
        Assert.Equal(1, accumulator.Missing);
        Assert.Equal(51.0, s.Mean, 12);
        Assert.Equal(6.0, s.P05, 12);
        Assert.Equal(51.0, s.P50, 12);
        Assert.Equal(96.0, s.P95, 12);
    }
}
