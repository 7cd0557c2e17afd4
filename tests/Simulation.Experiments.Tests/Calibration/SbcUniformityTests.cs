using MathNet.Numerics.Distributions;
using Simulation.Core.Randomness;
using Simulation.Experiments.Calibration;

namespace Simulation.Experiments.Tests.Calibration;

/// <summary>Simulation-based calibration on a toy model with a known posterior: θ ~ U(0, 1), k ~ Binomial(12, θ), and the
/// posterior as prior draws weighted by the likelihood, as the record's calibration weighs its particles.</summary>
public class SbcUniformityTests
{
    private const int Trials = 12;

    // PITs of the true θ over `records` synthetic data sets; the posterior's weights are the likelihood to the power `sharpen`
    // (1: the true posterior; above 1: an overconfident one).
    private static List<double> Pits(int records, double sharpen)
    {
        var random = RandomStream.ForReplication(77, 0);
        var draws = Enumerable.Range(0, 400).Select(_ => random.NextDouble()).ToArray();
        var pits = new List<double>();
        for (var s = 0; s < records; s++)
        {
            var truth = random.NextDouble();
            var k = Enumerable.Range(0, Trials).Count(_ => random.NextDouble() < truth);
            var weights = draws.Select(t => Math.Pow(Binomial.PMF(t, Trials, k), sharpen)).ToArray();
            pits.Add(SbcUniformity.Pit(draws, weights, truth));
        }
        return pits;
    }

    [Fact]
    public void TheTruePosterior_GivesUniformPits()
    {
        var (_, p) = SbcUniformity.Test(Pits(600, 1.0));

        Assert.True(p > 0.01, $"p = {p}");
    }

    [Fact]
    public void AnOverconfidentPosterior_IsCaught()
    {
        var (_, p) = SbcUniformity.Test(Pits(600, 4.0));

        Assert.True(p < 1e-6, $"p = {p}");
    }

    [Fact]
    public void Pit_CountsTiesAsHalf_AndWeighsTheDraws()
    {
        Assert.Equal(0.5, SbcUniformity.Pit([1, 2, 3], [1, 1, 1], 2), 12);
        Assert.Equal(0.75, SbcUniformity.Pit([1, 3], [3, 1], 2), 12);
    }
}
