using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class MetricAccumulatorTests
{
    [Fact]
    public void AMetricWithNoValue_HasNeitherMeanNorStandardDeviation_AndOneValueHasAMeanButNoStandardDeviation()
    {
        IMetricAccumulator[] empty = [new MetricAccumulator(), new CountAccumulator()];
        foreach (var accumulator in empty)
        {
            Assert.Equal((0L, double.NaN, double.NaN), (accumulator.Summarise().Count, accumulator.Summarise().Mean, accumulator.Summarise().StandardDeviation));
            Assert.True(double.IsNaN(accumulator.Moments().StandardDeviation));
        }
        // The standard deviation divides by n − 1: one value has a mean and percentiles, but no standard deviation.
        IMetricAccumulator[] one = [new MetricAccumulator(), new CountAccumulator()];
        foreach (var accumulator in one)
        {
            accumulator.Add(3.0);
            var summary = accumulator.Summarise();
            Assert.Equal((1L, 3.0, 3.0, 3.0, 3.0), (summary.Count, summary.Mean, summary.P05, summary.P50, summary.P95));
            Assert.True(double.IsNaN(summary.StandardDeviation), $"{accumulator.GetType().Name}: sd {summary.StandardDeviation} from one value");
            Assert.True(double.IsNaN(accumulator.Moments().StandardDeviation));
        }
    }

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
    public void AKeyFoundElsewhere_CountsAsTheValueWould_AndOnlyValuesPastTheLimitNeedOne()
    {
        var direct = new MetricAccumulator();
        var keyed = new MetricAccumulator();
        var source = new Normal(0, 2, new Xoshiro256StarStar(3));
        for (var i = 0; i < MetricAccumulator.ExactLimit + 2_000; i++)
        {
            var x = i % 97 == 0 ? double.NaN : source.Sample(); // missing values put a value's position below its replication's
            direct.Add(x);
            keyed.Add(x, MetricAccumulator.KeyIfNeeded(x, i));
        }
        Assert.Equal(direct.Summarise(), keyed.Summarise());
        Assert.Equal(0, MetricAccumulator.KeyIfNeeded(3.5, MetricAccumulator.ExactLimit - 1));
        Assert.Equal(QuantileSketch.Key(3.5), MetricAccumulator.KeyIfNeeded(3.5, MetricAccumulator.ExactLimit));
    }

    [Fact]
    public void TheSketchStartedAtTheLimit_HoldsWhatOneFedEveryValueWould()
    {
        var accumulator = new MetricAccumulator();
        var sketch = new QuantileSketch();
        var source = new Normal(10, 4, new Xoshiro256StarStar(8));
        for (var i = 0; i < MetricAccumulator.ExactLimit + 7_000; i++)
        {
            var x = Math.Exp(source.Sample() / 4);
            accumulator.Add(x);
            sketch.Add(x);
        }
        var s = accumulator.Summarise();
        Assert.Equal((sketch.Quantile(0.05), sketch.Quantile(0.5), sketch.Quantile(0.95)), (s.P05, s.P50, s.P95));
        Assert.Equal(sketch.Count, s.Count);
    }

    [Fact]
    public void PastTheExactLimit_APercentileNeverLiesOutsideTheValues_AndAConstantMetricKeepsItsValue()
    {
        var constant = new MetricAccumulator();
        var spread = new MetricAccumulator();
        for (var i = 0; i < MetricAccumulator.ExactLimit + 5_000; i++)
        {
            constant.Add(7585.0); // a bucket's centre lies up to 0.05 % from it
            spread.Add(1000.0 + (i % 100)); // 1000 to 1099
        }

        var c = constant.Summarise();
        Assert.Equal((7585.0, 7585.0, 7585.0), (c.P05, c.P50, c.P95));
        var s = spread.Summarise();
        Assert.All(new[] { s.P05, s.P50, s.P95 }, p => Assert.InRange(p, 1000.0, 1099.0));
        Assert.Equal(1049.5, s.P50, 1049.5 * QuantileSketch.RelativeAccuracy * 2);
    }
}
