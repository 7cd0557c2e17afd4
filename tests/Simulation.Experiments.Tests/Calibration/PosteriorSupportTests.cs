using Simulation.Experiments.Calibration;

namespace Simulation.Experiments.Tests.Calibration;

public class PosteriorSupportTests
{
    private static Particle At(int index, double x, double likelihood) => new(index, [x], [Math.Log(likelihood)], Math.Log(likelihood));

    [Fact]
    public void AnImportanceSampleCollapsedOntoAFewParticles_IsThin_AndTheWarningSaysHowFewAndToTemper()
    {
        // 30 particles, one of them 1,000 times as likely as the rest: the resampled posterior is almost all copies of it.
        var particles = Enumerable.Range(0, 30).Select(i => At(i, i, i == 7 ? 1.0 : 0.001)).ToList();
        var posterior = ImportanceResampling.Resample(particles, 3);

        var support = PosteriorSupport.Of(posterior, CalibrationSampler.Importance);

        Assert.Equal(posterior.Accepted.Select(p => p.Parameters[0]).Distinct().Count(), support.DistinctParticles);
        Assert.True(support.DistinctParticles < 30);
        Assert.True(support.IsThin);
        var warning = support.Warning()!;
        Assert.Contains($"effective sample size {posterior.EffectiveSampleSize:0.#}, {support.DistinctParticles} distinct of 30 particles", warning);
        Assert.Contains("--sampler tempered", warning);
    }

    [Theory]
    [InlineData(400, 204.5, 393, false)] // the tempered calibration of docs/VALIDATION.md
    [InlineData(400, 99.9, 393, true)] // below the absolute floor
    [InlineData(1500, 140, 1400, true)] // 9 %: the weights collapsed, however many draws that is
    [InlineData(1500, 150, 1400, false)] // 10 %
    [InlineData(1500, 800, 120, true)] // the moves left too few copies apart
    [InlineData(50, 50, 50, true)] // every draw counts, but 50 are too few for a 95 % interval's ends
    public void APosterior_IsThin_BelowAHundredDrawsOrATenthOfTheParticles_EffectiveOrDistinct(int particles, double ess, int distinct, bool thin)
    {
        var support = new PosteriorSupport(particles, ess, distinct, CalibrationSampler.Tempered);

        Assert.Equal(thin, support.IsThin);
        Assert.Equal(thin, support.Warning() is not null);
    }

    [Fact]
    public void ATemperedPosterior_IsToldToRaiseParticlesWhenItsEffectiveSizeIsShort_AndMovesWhenItsCopiesAreNotSpreadApart()
    {
        Assert.Contains("raise --particles", new PosteriorSupport(60, 30, 58, CalibrationSampler.Tempered).Warning());
        Assert.Contains("raise --moves", new PosteriorSupport(1000, 500, 40, CalibrationSampler.Tempered).Warning());
    }
}
