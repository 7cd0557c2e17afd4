using MathNet.Numerics.Statistics;
using Simulation.Core.Randomness;
using Simulation.Experiments.Calibration;

namespace Simulation.Experiments.Tests.Calibration;

/// <summary>Rejection ABC on a model whose posterior is known: a success probability θ with a uniform prior, observed
/// through k = 30 successes in n = 100 trials. The exact posterior is Beta(k + 1, n − k + 1).</summary>
public class RejectionAbcTests
{
    private const int Trials = 100;
    private const int Successes = 30;

    private static List<Particle> Particles(int count)
    {
        var observed = new[] { (double)Successes / Trials };
        return Enumerable.Range(0, count).Select(i =>
        {
            var stream = RandomStream.ForReplication(42, i);
            var theta = stream.NextDouble();
            var k = 0;
            for (var t = 0; t < Trials; t++)
            {
                k += stream.NextDouble() < theta ? 1 : 0;
            }
            var summary = new[] { (double)k / Trials };
            return new Particle(i, [theta], summary, RejectionAbc.Distance(summary, observed));
        }).ToList();
    }

    [Fact]
    public void ExactMatching_RecoversTheBetaPosterior()
    {
        // With ε = 0 on a discrete, sufficient summary, rejection ABC samples the exact posterior.
        var posterior = RejectionAbc.Accept(Particles(30_000), 1.0, epsilon: 0.0);

        const double a = Successes + 1, b = Trials - Successes + 1;
        var mean = a / (a + b);
        var sd = Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        var values = posterior.Accepted.Select(p => p.Parameters[0]).ToArray();
        Assert.InRange(values.Length, 200, 400); // ≈ 30,000 / 101
        Assert.Equal(mean, values.Average(), 0.012);
        Assert.Equal(sd, values.StandardDeviation(), 0.01);
        Assert.Equal(0.0, posterior.Epsilon);
        Assert.Equal(values.Length / 30_000.0, posterior.AcceptanceRate, 12);
    }

    [Fact]
    public void QuantileAcceptance_KeepsTheClosestShare_AndConcentratesOnTheData()
    {
        var particles = Particles(10_000);

        var posterior = RejectionAbc.Accept(particles, 0.02);

        Assert.Equal(200, posterior.Accepted.Count);
        Assert.Equal(0.02, posterior.AcceptanceRate, 12);
        Assert.All(posterior.Accepted, p => Assert.True(p.Distance <= posterior.Epsilon));
        Assert.All(particles.Except(posterior.Accepted), p => Assert.True(p.Distance >= posterior.Epsilon));
        Assert.Equal(31.0 / 102, posterior.Means(1)[0], 0.015);
    }

    [Fact]
    public void Ties_AreBrokenByParticleIndex_WhateverTheOrderGiven()
    {
        var particles = Enumerable.Range(0, 10).Select(i => new Particle(i, [i], [0.0], i % 3 == 0 ? 0.5 : 1.0)).ToList();

        var forward = RejectionAbc.Accept(particles, 0.3);
        var backward = RejectionAbc.Accept(particles.AsEnumerable().Reverse().ToList(), 0.3);

        Assert.Equal([0, 3, 6], forward.Accepted.Select(p => p.Index));
        Assert.Equal(forward.Accepted, backward.Accepted);
    }

    [Fact]
    public void Distance_IsEuclidean()
    {
        Assert.Equal(5.0, RejectionAbc.Distance([1.0, 1.0], [4.0, 5.0]), 12);
        Assert.Equal(double.PositiveInfinity, RejectionAbc.Distance([double.NaN], [1.0]));
        Assert.Throws<ArgumentException>(() => RejectionAbc.Distance([1.0], [1.0, 2.0]));
    }

    [Fact]
    public void AtLeastOneParticle_IsAccepted()
    {
        Assert.Single(RejectionAbc.Accept([new Particle(0, [1], [1], 3), new Particle(1, [2], [1], 2)], 0.01).Accepted);
    }
}
