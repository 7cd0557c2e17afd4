using MathNet.Numerics.Distributions;
using Simulation.Core.Randomness;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Calibration;

/// <summary>
/// The tempered sampler on toy models whose posterior is known in closed form: θ ~ U(0, 1) and k successes in n trials give
/// the posterior Beta(k + 1, n − k + 1). With an exact likelihood and with a noisy unbiased one (pseudo-marginal), the
/// particles must land on it; simulation-based calibration over synthetic data must find it calibrated, and must catch a
/// sampler given a deliberately wrong likelihood.
/// </summary>
public class TemperedSmcTests
{
    private static readonly Prior Unit = new("theta", ParameterPath.Parse("theta"), PriorDistribution.Uniform, 0, 1, double.NaN, double.NaN, 0.5);

    private static Particle[] Draws(int count, ulong seed, ParticleLikelihood likelihood)
    {
        var stream = RandomStream.ForReplication(seed, 0);
        return [.. Enumerable.Range(0, count).Select(i => likelihood(i, [stream.NextDouble()], seed + (ulong)i, default))];
    }

    // ln θ^k (1 − θ)^(n − k), exact.
    private static ParticleLikelihood Exact(int k, int n) => (index, parameters, _, _) =>
    {
        var log = (k * Math.Log(parameters[0])) + ((n - k) * Math.Log(1 - parameters[0]));
        return new Particle(index, parameters, [log], log);
    };

    // The exact likelihood times the mean of eight Exp(1) draws from the proposal's seed: unbiased, with noise in the log
    // of about 0.35, as a simulated likelihood has.
    private static ParticleLikelihood Noisy(int k, int n) => (index, parameters, seed, _) =>
    {
        var stream = RandomStream.ForReplication(seed, 1);
        var noise = Enumerable.Range(0, 8).Average(_ => -Math.Log(stream.NextOpenDouble()));
        var log = (k * Math.Log(parameters[0])) + ((n - k) * Math.Log(1 - parameters[0])) + Math.Log(noise);
        return new Particle(index, parameters, [log], log);
    };

    private static SmcStage Sample(ParticleLikelihood likelihood, int particles, ulong seed, int threads = 1, Func<Particle, double>? target = null)
    {
        var sampler = new TemperedSmc([Unit], likelihood, target ?? (p => p.LogLikelihood), new SmcSettings(3, 0.5, seed));
        return sampler.Run(sampler.Start(Draws(particles, seed, likelihood)), threads);
    }

    [Fact]
    public void ParticlesThatAllMakeTheDataImpossible_AreRefusedAsTooFewSimulations_NotAsAFaultOfTheCode()
    {
        ParticleLikelihood never = (index, parameters, _, _) => new Particle(index, parameters, [double.NegativeInfinity], double.NegativeInfinity);

        var e = Assert.Throws<NoParticleFitsException>(() => Sample(never, 8, 3));

        Assert.Contains("every particle gives the record probability 0", e.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Posterior_OfBinomialData_IsTheBetaPosterior(bool noisy)
    {
        const int k = 3, n = 40;
        var exact = new Beta(k + 1, n - k + 1);

        var last = Sample(noisy ? Noisy(k, n) : Exact(k, n), 2000, 11);

        var theta = last.Population.Select(p => p.Parameters[0]).ToArray();
        Assert.Equal(1.0, last.Temperature);
        Assert.True(last.Number >= 2, $"a sharp likelihood takes several stages, not {last.Number}");
        Assert.InRange(theta.Average(), exact.Mean - (4 * exact.StdDev / Math.Sqrt(300)), exact.Mean + (4 * exact.StdDev / Math.Sqrt(300)));
        Assert.InRange(MathNet.Numerics.Statistics.Statistics.StandardDeviation(theta), 0.85 * exact.StdDev, 1.15 * exact.StdDev);
    }

    [Fact]
    public void Evidence_OfBinomialData_IsTheBetaFunction()
    {
        const int k = 3, n = 40;
        // ∫ θ^k (1 − θ)^(n − k) dθ = B(k + 1, n − k + 1).
        var exact = MathNet.Numerics.SpecialFunctions.BetaLn(k + 1, n - k + 1);

        var last = Sample(Exact(k, n), 2000, 12);

        Assert.InRange(last.LogEvidence, exact - 0.15, exact + 0.15);
    }

    [Fact]
    public void Result_IsTheSameWhateverTheThreadCount()
    {
        var one = Sample(Noisy(5, 30), 300, 13, threads: 1);
        var two = Sample(Noisy(5, 30), 300, 13, threads: 2);

        Assert.Equal(one.Population.Select(p => p.Parameters[0]), two.Population.Select(p => p.Parameters[0]));
        Assert.Equal(one.LogEvidence, two.LogEvidence);
    }

    [Fact]
    public void Resuming_FromAStage_GivesTheSameResultAsRunningThrough()
    {
        var likelihood = Noisy(5, 30);
        var sampler = new TemperedSmc([Unit], likelihood, p => p.LogLikelihood, new SmcSettings(3, 0.5, 14));
        var stages = new List<SmcStage>();
        var through = sampler.Run(sampler.Start(Draws(300, 14, likelihood)), 2, stages.Add);

        var resumed = sampler.Run(stages[0], 1);

        Assert.True(stages.Count >= 2);
        Assert.Equal(through.Population.Select(p => p.Parameters[0]), resumed.Population.Select(p => p.Parameters[0]));
    }

    [Fact]
    public void LeaveOneOutTarget_IgnoresTheHeldOutFactor()
    {
        // Two factors: the first says θ is small, the second (held out) that it is large.
        ParticleLikelihood both = (index, parameters, _, _) =>
        {
            var (small, large) = (10 * Math.Log(1 - parameters[0]), 10 * Math.Log(parameters[0]));
            return new Particle(index, parameters, [small, large], small + large);
        };

        var last = Sample(both, 1000, 15, target: p => p.LogLikelihood - p.Summaries[1]);

        // Fitted to the first factor alone: Beta(1, 11), mean 1/12.
        Assert.InRange(last.Population.Average(p => p.Parameters[0]), 0.06, 0.11);
    }

    [Fact]
    public void SimulationBasedCalibration_OfTheSampler_IsUniform_AndCatchesAWrongLikelihood()
    {
        Assert.True(SbcPValue(flipped: false) > 0.001, "the sampler's posteriors are not calibrated");
        Assert.True(SbcPValue(flipped: true) < 0.001, "SBC did not catch a sampler that reads the data backwards");
    }

    // SBC over 100 synthetic data sets of 20 trials from θ drawn from the prior; `flipped` swaps successes and failures in
    // the likelihood the sampler is given (a deliberate bug).
    private static double SbcPValue(bool flipped)
    {
        var random = RandomStream.ForReplication(99, 0);
        var pits = new List<double>();
        for (var s = 0; s < 100; s++)
        {
            var truth = random.NextDouble();
            var k = Enumerable.Range(0, 20).Count(_ => random.NextDouble() < truth);
            var last = Sample(flipped ? Exact(20 - k, 20) : Exact(k, 20), 200, (ulong)(1000 + s));
            pits.Add(SbcUniformity.Pit([.. last.Population.Select(p => p.Parameters[0])], [.. last.Population.Select(_ => 1.0)], truth));
        }
        return SbcUniformity.Test(pits).PValue;
    }
}
