using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class MetricAccumulatorTests
{
    [Fact]
    public void PastTheExactLimit_PercentilesAreWithinTheSketchAccuracyOfTheExactOnes()
    {
        var accumulator = new MetricAccumulator();
        var source = new Normal(3, 1.5, new Xoshiro256StarStar(8));
        var all = new double[MetricAccumulator.ExactLimit + 30_000];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = source.Sample();
            accumulator.Add(all[i]);
        }

        var s = accumulator.Summarise();
        Array.Sort(all);
        foreach (var (estimate, tau) in new[] { (s.P05, 0.05), (s.P50, 0.50), (s.P95, 0.95) })
        {
            var exact = SortedArrayStatistics.QuantileCustom(all, tau, QuantileDefinition.R7);
            Assert.NotEqual(exact, estimate); // from the sketch, not from kept values
            Assert.InRange(Math.Abs(estimate - exact), 0, QuantileSketch.RelativeAccuracy * Math.Abs(exact));
        }
        Assert.Equal(MetricAccumulator.ExactLimit, accumulator.Sample.Count);
        Assert.Equal(all.Length, s.Count);
    }

    [Fact]
    public void UpToTheExactLimit_PercentilesAreExact()
    {
        var accumulator = new MetricAccumulator();
        var values = Enumerable.Range(0, 1001).Select(i => (double)i).ToArray();
        foreach (var v in values.Reverse())
        {
            accumulator.Add(v);
        }
        accumulator.Add(double.NaN);
        var s = accumulator.Summarise();
        Assert.Equal((50.0, 500.0, 950.0), (s.P05, s.P50, s.P95));
        Assert.Equal(1, accumulator.Missing);
    }

    [Fact]
    public void AKeyFoundElsewhere_CountsAsTheValueWould()
    {
        var direct = new MetricAccumulator();
        var keyed = new MetricAccumulator();
        var source = new Normal(0, 2, new Xoshiro256StarStar(3));
        for (var i = 0; i < MetricAccumulator.ExactLimit + 2_000; i++)
        {
            var x = source.Sample();
            direct.Add(x);
            keyed.Add(x, QuantileSketch.Key(x));
        }
        Assert.Equal(direct.Summarise(), keyed.Summarise());
    }
}
