using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class QuantileSketchTests
{
    [Theory]
    [InlineData(0.0, 1.0)]      // values of both signs
    [InlineData(50.0, 10.0)]    // positive
    [InlineData(-1e6, 1e5)]     // negative, large
    public void Quantiles_AreWithinTheRelativeAccuracyOfTheExactOnes(double mean, double sd)
    {
        var sketch = new QuantileSketch();
        var source = new Normal(mean, sd, new Xoshiro256StarStar(11));
        var values = new double[50_001];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = source.Sample();
            sketch.Add(values[i]);
        }
        Array.Sort(values);
        foreach (var tau in new[] { 0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0 })
        {
            var exact = SortedArrayStatistics.QuantileCustom(values, tau, QuantileDefinition.R7);
            // The R-7 interpolation between two bucket centres stays within the accuracy of the two order statistics.
            var bound = QuantileSketch.RelativeAccuracy * Math.Max(Math.Abs(values[(int)Math.Floor(50_000 * tau)]), Math.Abs(values[Math.Min(50_000, (int)Math.Floor(50_000 * tau) + 1)]));
            Assert.InRange(sketch.Quantile(tau) - exact, -bound, bound);
        }
    }

    [Fact]
    public void Counts_DoNotDependOnTheOrderValuesArriveIn()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => Math.Sin(i) * Math.Exp(i % 17)).Append(0.0).ToArray();
        var forward = new QuantileSketch();
        var backward = new QuantileSketch();
        foreach (var v in values)
        {
            forward.Add(v);
        }
        foreach (var v in values.Reverse())
        {
            backward.Add(QuantileSketch.Key(v));
        }
        foreach (var tau in new[] { 0.05, 0.5, 0.95 })
        {
            Assert.Equal(forward.Quantile(tau), backward.Quantile(tau));
        }
    }

    [Fact]
    public void ZerosAndTinyValues_ShareTheZeroBucket_AndExtremesStayFinite()
    {
        var sketch = new QuantileSketch();
        sketch.Add(0.0);
        sketch.Add(1e-320);
        sketch.Add(-0.0);
        Assert.Equal(0.0, sketch.Quantile(0.5));
        Assert.Equal(0, QuantileSketch.Key(double.NaN)); // never counted, but safe to ask
        sketch.Add(double.MaxValue);
        sketch.Add(double.PositiveInfinity);
        sketch.Add(double.NegativeInfinity);
        Assert.Equal(6, sketch.Count);
        Assert.True(double.IsFinite(sketch.Quantile(1.0)) || double.IsPositiveInfinity(sketch.Quantile(1.0)));
        Assert.True(sketch.Quantile(0.0) < 0);
    }

    [Fact]
    public void ASpanWiderThanTheBuckets_FoldsTheSmallestMagnitudes_AndKeepsTheLargestExact()
    {
        var sketch = new QuantileSketch();
        for (var e = -200; e <= 200; e++)
        {
            sketch.Add(Math.Pow(10, e)); // 400 decades: far more buckets than the cap
        }
        Assert.Equal(401, sketch.Count);
        var top = sketch.Quantile(1.0);
        Assert.InRange(top / 1e200, 1 - QuantileSketch.RelativeAccuracy, 1 + QuantileSketch.RelativeAccuracy);
        Assert.True(sketch.Quantile(0.0) > 1e-200); // folded up into the lowest bucket kept
    }

    [Fact]
    public void AnEmptySketch_HasNoQuantile() => Assert.True(double.IsNaN(new QuantileSketch().Quantile(0.5)));
}
