using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Calibration;

/// <summary>A parameter's posterior summary: the s.d. divides by n − 1, so one accepted particle gives no s.d. and no narrowing.</summary>
public class PosteriorParameterTests
{
    private static readonly Prior Uniform = new("x", ParameterPath.Parse("x"), PriorDistribution.Uniform, 0, 1, double.NaN, double.NaN, 0.5);

    private static RecordPosterior Accepting(params double[] values) =>
        new([.. values.Select((v, i) => new Particle(i, [v], [], 0.0))], values.Length, values.Length, 0.0);

    [Fact]
    public void OneAcceptedParticle_HasNoSdAndNoShrinkage()
    {
        var summary = PosteriorParameter.Of(Uniform, Accepting(0.3), 0);

        Assert.Equal(0.3, summary.Mean);
        Assert.Equal(0.3, summary.P50);
        Assert.True(double.IsNaN(summary.Sd), $"sd {summary.Sd}");
        Assert.True(double.IsNaN(summary.Shrinkage), $"shrinkage {summary.Shrinkage}");
    }

    [Fact]
    public void TwoAcceptedParticles_HaveTheSampleSd_AndItsShrinkage()
    {
        var summary = PosteriorParameter.Of(Uniform, Accepting(0.2, 0.4), 0);

        var sd = Math.Sqrt((Math.Pow(0.2 - 0.3, 2) + Math.Pow(0.4 - 0.3, 2)) / (2 - 1));
        Assert.Equal(sd, summary.Sd, 12);
        Assert.Equal(1 - (sd / Math.Sqrt(1.0 / 12)), summary.Shrinkage, 12);
    }
}
