using Simulation.Experiments.Calibration;

namespace Simulation.Experiments.Tests.Calibration;

public class ImportanceResamplingTests
{
    private static Particle At(int index, double x, double likelihood) => new(index, [x], [Math.Log(likelihood)], Math.Log(likelihood));

    [Fact]
    public void Resampling_DrawsEachParticleInProportionToItsLikelihood()
    {
        // Likelihoods 1 : 3 over 400 particles: a particle's expected draws are 400 · w / Σw = 0.5 or 1.5, and systematic
        // resampling gives each the whole number just below or above its expectation.
        var particles = Enumerable.Range(0, 400).Select(i => At(i, i % 2, i % 2 == 0 ? 0.01 : 0.03)).ToList();

        var posterior = ImportanceResampling.Resample(particles, 9);

        Assert.Equal(400, posterior.Accepted.Count);
        var draws = posterior.Accepted.GroupBy(p => p.Index).ToDictionary(g => g.Key, g => g.Count());
        foreach (var particle in particles)
        {
            var expected = particle.Parameters[0] == 1 ? 1.5 : 0.5;
            Assert.InRange(draws.GetValueOrDefault(particle.Index), Math.Floor(expected), Math.Ceiling(expected));
        }
        Assert.Equal(Math.Log(0.02), posterior.LogEvidence, 12);
        // Kish: (Σw)² / Σw² = (200·1 + 200·3)² / (200·1 + 200·9) = 320.
        Assert.Equal(320, posterior.EffectiveSampleSize, 9);
        Assert.Equal(posterior.Accepted.OrderBy(p => p.Index).Select(p => p.Index), posterior.Accepted.Select(p => p.Index));
    }

    [Fact]
    public void ParticlesThatRuleTheRecordOut_AreNeverDrawn_AndAllRulingItOutLeavesNoPosterior()
    {
        var posterior = ImportanceResampling.Resample([At(0, 5, 0), At(1, 7, 0.2), At(2, 9, 0)], 1);

        Assert.All(posterior.Accepted, p => Assert.Equal(1, p.Index));
        Assert.Empty(ImportanceResampling.Resample([At(0, 5, 0), At(1, 7, 0)], 1).Accepted);
    }

    [Fact]
    public void Resampling_DoesNotDependOnTheOrderTheParticlesFinished()
    {
        var particles = Enumerable.Range(0, 50).Select(i => At(i, i, 0.01 + (i * 0.001))).ToList();

        var forward = ImportanceResampling.Resample(particles, 4);
        var backward = ImportanceResampling.Resample([.. Enumerable.Reverse(particles)], 4);

        Assert.Equal(forward.Accepted.Select(p => p.Index), backward.Accepted.Select(p => p.Index));
    }
}
