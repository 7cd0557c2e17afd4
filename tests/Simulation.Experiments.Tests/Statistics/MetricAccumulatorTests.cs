using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class MetricAccumulatorTests
{
    [Fact]
    public void PastTheExactLimit_PercentilesAreThoseOfEstimatesFedEveryValueInOrder()
    {
        var accumulator = new MetricAccumulator();
        var direct = new[] { new P2Quantile(0.05), new P2Quantile(0.50), new P2Quantile(0.95) };
        var source = new Normal(3, 1.5, new Xoshiro256StarStar(8));
        for (var i = 0; i < MetricAccumulator.ExactLimit + 5_000; i++)
        {
            var x = source.Sample();
            accumulator.Add(x);
            foreach (var estimator in direct)
            {
                estimator.Add(x);
            }
        }

        var s = accumulator.Summarise();
        Assert.Equal(direct[0].Estimate(), s.P05);
        Assert.Equal(direct[1].Estimate(), s.P50);
        Assert.Equal(direct[2].Estimate(), s.P95);
        Assert.Equal(MetricAccumulator.ExactLimit, accumulator.Sample.Count);
    }
}
