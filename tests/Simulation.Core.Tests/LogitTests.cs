using System.Runtime.Intrinsics;
using Simulation.Core.Randomness;

namespace Simulation.Core.Tests;

public class LogitTests
{
    [Fact]
    public void Decide_AgreesWithTheExactComparison_EverywhereIncludingNearTheBound()
    {
        var random = RandomStream.ForReplication(3, 0);
        for (var i = 0; i < 200_000; i++)
        {
            var x = (random.NextDouble() - 0.5) * (i % 2 == 0 ? 4 : 60);
            var p = Logit.Probability(x);
            // Uniforms spread over [0, 1), and others just around the probability itself, where a wrong shortcut would show.
            var u = i % 3 == 0 ? random.NextDouble() : Math.Clamp(p + ((random.NextDouble() - 0.5) * 1e-9), 0, Math.BitDecrement(1.0));
            Assert.Equal(u < p, Logit.Decide(u, x));
        }
    }

    [Fact]
    public void Decide_AgreesWithTheExactComparison_AtTheEdgesOfTheApproximatedMargin()
    {
        // Uniforms a relative 10^-7 to 10^-5 from the probability of the less likely side (inside and just outside the
        // margin of the approximated exponential) and a few units in the last place from it.
        var random = RandomStream.ForReplication(5, 0);
        for (var i = 0; i < 200_000; i++)
        {
            var x = (random.NextDouble() - 0.5) * (i % 2 == 0 ? 12 : 80);
            var p = Logit.Probability(x);
            var rare = Math.Min(p, 1.0 - p);
            var offset = i % 4 == 0
                ? (random.NextDouble() - 0.5) * 8 * (Math.BitIncrement(p) - p)
                : rare * (random.NextDouble() - 0.5) * Math.Pow(10, -5 - (2 * random.NextDouble()));
            var u = Math.Clamp(p + offset, 0, Math.BitDecrement(1.0));
            Assert.Equal(u < p, Logit.Decide(u, x));
        }
    }

    [Fact]
    public void DecideLanes_IsFourDecides_WhereverTheUniformsFall()
    {
        // Each lane its own kind of case: a uniform anywhere, one just around the probability, one at the approximated margin's
        // edge, and one of the edges (infinite or far log-odds, even odds), so that lanes settled in different ways sit side
        // by side.
        var random = RandomStream.ForReplication(7, 0);
        double[] edges = [double.PositiveInfinity, double.NegativeInfinity, 0.0, 750.0, -750.0, 36.0, -36.0];
        var x = new double[4];
        var u = new double[4];
        for (var i = 0; i < 100_000; i++)
        {
            for (var lane = 0; lane < 4; lane++)
            {
                var kind = (i + lane) % 4;
                x[lane] = kind == 3 ? edges[random.NextIndex([1, 1, 1, 1, 1, 1, 1])] : (random.NextDouble() - 0.5) * (kind == 0 ? 60 : 14);
                var p = Logit.Probability(x[lane]);
                var rare = Math.Min(p, 1.0 - p);
                u[lane] = kind switch
                {
                    1 => Math.Clamp(p + ((random.NextDouble() - 0.5) * 1e-9), 0, Math.BitDecrement(1.0)),
                    2 => Math.Clamp(p + (rare * (random.NextDouble() - 0.5) * Math.Pow(10, -5 - (2 * random.NextDouble()))), 0, Math.BitDecrement(1.0)),
                    _ => random.NextDouble(),
                };
            }
            var chosen = Logit.DecideLanes(Vector256.Create<double>(u), Vector256.Create<double>(x));
            for (var lane = 0; lane < 4; lane++)
            {
                Assert.Equal(Logit.Decide(u[lane], x[lane]), (chosen & (1 << lane)) != 0);
            }
            Assert.Equal(0, chosen >> 4);
        }
    }

    [Fact]
    public void ExpNegativeApproximately_IsWithinThreeTenMillionthsOfTheExponential()
    {
        var worst = 0.0;
        for (var a = 0.0; a < 700; a += 0.0137)
        {
            worst = Math.Max(worst, Math.Abs((Logit.ExpNegativeApproximately(a) / Math.Exp(-a)) - 1.0));
        }
        Assert.InRange(worst, 1e-9, 3e-7); // an approximation, and a good one
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 0.3, true)]
    [InlineData(double.NegativeInfinity, 0.3, false)]
    [InlineData(0.0, 0.49, true)]
    [InlineData(0.0, 0.5, false)]
    public void Decide_HandlesTheEdges(double x, double u, bool expected) => Assert.Equal(expected, Logit.Decide(u, x));

    [Fact]
    public void DecideChoice_WithZeroTemperature_ChoosesExactlyWhenTheGainIsPositive()
    {
        Assert.True(Logit.DecideChoice(0.999, 0.1, 0));
        Assert.False(Logit.DecideChoice(0.0, -0.1, 0));
        Assert.False(Logit.DecideChoice(0.0, 0.0, 0));
    }

    [Fact]
    public void Probability_IsTheLogisticFunction_WithoutOverflowAtEitherEnd()
    {
        Assert.Equal(0.5, Logit.Probability(0.0));
        Assert.Equal(1.0 / (1.0 + Math.Exp(-2.0)), Logit.Probability(2.0), 15);
        Assert.Equal(Math.Exp(-2.0) / (1.0 + Math.Exp(-2.0)), Logit.Probability(-2.0), 15);
        Assert.Equal(1.0, Logit.Probability(800.0));
        Assert.Equal(0.0, Logit.Probability(-800.0));
    }

    [Fact]
    public void Choice_IsTheLogisticOfTheGainOverTheTemperature_OrExactWithoutTemperature()
    {
        Assert.Equal(1.0 / (1.0 + Math.Exp(-0.5)), Logit.Choice(2.0, 4.0), 15);
        Assert.Equal(1.0, Logit.Choice(3.0, 0.0));
        Assert.Equal(0.0, Logit.Choice(-3.0, 0.0));
        Assert.Equal(0.0, Logit.Choice(0.0, 0.0));
    }

    [Theory]
    [InlineData(0.6, true)] // below Pr = logistic(1 / 2) = 0.622
    [InlineData(0.7, false)]
    public void DecideChoice_WithATemperature_ComparesTheUniformWithTheChoiceProbability(double uniform, bool chosen) =>
        Assert.Equal(chosen, Logit.DecideChoice(uniform, 1.0, 2.0));
}
