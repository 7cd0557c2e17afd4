using MathNet.Numerics.Distributions;
using Simulation.Core.Randomness;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Calibration;

public class PriorTests
{
    private static Prior Uniform(double min, double max) =>
        new("x", ParameterPath.Parse("x"), PriorDistribution.Uniform, min, max, double.NaN, double.NaN, min);

    private static Prior Normal(double mean, double sd, double min, double max) =>
        new("x", ParameterPath.Parse("x"), PriorDistribution.Normal, min, max, mean, sd, mean);

    [Fact]
    public void UniformQuantile_MapsTheUnitIntervalOntoTheRange()
    {
        var prior = Uniform(0.25, 2.0);

        Assert.Equal(0.25, prior.Quantile(0.0));
        Assert.Equal(1.125, prior.Quantile(0.5), 12);
        Assert.Equal(2.0, prior.Quantile(1.0), 12);
        Assert.Equal(1.125, prior.PriorMean, 12);
    }

    [Fact]
    public void TruncatedNormal_StaysInItsRange_AndHasTheTruncatedMean()
    {
        var prior = Normal(0.5, 0.4, 0.0, 1.5);
        var stream = RandomStream.ForReplication(3, 0);
        var draws = Enumerable.Range(0, 40_000).Select(_ => prior.Quantile(stream.NextDouble())).ToArray();

        Assert.All(draws, x => Assert.InRange(x, 0.0, 1.5));
        // Mean of N(0.5, 0.4²) truncated to [0, 1.5], by numerical integration.
        var grid = Enumerable.Range(0, 150_001).Select(i => i * 1.5 / 150_000).ToArray();
        var mass = grid.Sum(x => MathNet.Numerics.Distributions.Normal.PDF(0.5, 0.4, x));
        var mean = grid.Sum(x => x * MathNet.Numerics.Distributions.Normal.PDF(0.5, 0.4, x)) / mass;
        Assert.Equal(mean, prior.PriorMean, 4);
        Assert.Equal(mean, draws.Average(), 2);
    }

    [Fact]
    public void WideTruncation_LeavesTheNormalAsItIs()
    {
        var prior = Normal(1.0, 0.1, -10, 10);

        Assert.Equal(1.0, prior.PriorMean, 9);
        Assert.Equal(1.0 + (0.1 * MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.9)), prior.Quantile(0.9), 6);
    }

    [Fact]
    public void Describe_NamesTheDistributionAndItsRange()
    {
        Assert.Equal("uniform [0, 1.5]", Uniform(0, 1.5).Describe());
        Assert.Equal("normal(0.5, 0.4) on [0, 1.5]", Normal(0.5, 0.4, 0, 1.5).Describe());
    }
}
