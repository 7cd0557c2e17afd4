using Simulation.Core.Bidding;

namespace Simulation.Core.Tests.Bidding;

public class BestResponseTests
{
    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(4, 1.0)]
    [InlineData(4, 0.5)]
    [InlineData(5, 1.25)]
    [InlineData(10, 1.0)]
    public void SymmetricNashEffort_IsAFixedPoint(int n, double r)
    {
        const double prize = 100.0;
        var nash = r * (n - 1) * prize / (n * n);
        var logRivals = Math.Log(n - 1) + (r * Math.Log(nash));

        var effort = BestResponse.Effort(prize, r, 0.0, logRivals, 1e-6, 1e9);

        Assert.Equal(nash, effort, nash * 1e-8);
    }

    [Theory]
    [InlineData(100.0, 50.0)]
    [InlineData(30.0, 90.0)]
    public void TwoPlayersWithDifferentValuations_MatchBaik1994(double v1, double v2)
    {
        // r = 1: x1 = V1² V2 / (V1 + V2)², x2 = V1 V2² / (V1 + V2)².
        var x1 = v1 * v1 * v2 / ((v1 + v2) * (v1 + v2));
        var x2 = v1 * v2 * v2 / ((v1 + v2) * (v1 + v2));

        Assert.Equal(x1, BestResponse.Effort(v1, 1.0, 0.0, Math.Log(x2), 1e-6, 1e9), x1 * 1e-8);
        Assert.Equal(x2, BestResponse.Effort(v2, 1.0, 0.0, Math.Log(x1), 1e-6, 1e9), x2 * 1e-8);
    }

    [Theory]
    [InlineData(0.3, 0.7, 2.0)]
    [InlineData(1.0, -1.2, 0.1)]
    [InlineData(1.8, 0.4, 50.0)]
    public void InteriorOptimum_HasZeroMarginalPayoff(double r, double logScale, double rivals)
    {
        const double prize = 250.0;
        var logRivals = Math.Log(rivals);

        var effort = BestResponse.Effort(prize, r, logScale, logRivals, 1e-6, 1e9);
        var h = effort * 1e-5;
        var slope = (BestResponse.Payoff(prize, r, logScale, logRivals, effort + h) - BestResponse.Payoff(prize, r, logScale, logRivals, effort - h)) / (2 * h);

        Assert.True(effort > 1e-6);
        Assert.Equal(0.0, slope, 1e-5);
        Assert.True(BestResponse.Payoff(prize, r, logScale, logRivals, effort) >= BestResponse.Payoff(prize, r, logScale, logRivals, effort * 1.2));
        Assert.True(BestResponse.Payoff(prize, r, logScale, logRivals, effort) >= BestResponse.Payoff(prize, r, logScale, logRivals, effort * 0.8));
    }

    [Fact]
    public void Effort_IsKeptWithinFloorAndCap()
    {
        Assert.Equal(5.0, BestResponse.Effort(100, 1, 0, Math.Log(25), 1e-6, 5.0));
        Assert.Equal(40.0, BestResponse.Effort(100, 1, 0, Math.Log(25), 40.0, 1e9));
    }

    [Fact]
    public void WithoutRivals_OnlyTheFloorIsSpent()
    {
        Assert.Equal(2.0, BestResponse.Effort(100, 1, 0, double.NegativeInfinity, 2.0, 1e9));
    }

    [Fact]
    public void WhenEffortDoesNotCount_OnlyTheFloorIsSpent()
    {
        Assert.Equal(2.0, BestResponse.Effort(100, 0, 0, Math.Log(3), 2.0, 1e9));
    }

    [Fact]
    public void SolveMany_GivesExactlyWhatSolveGivesForEachProblem()
    {
        // Interior optima, capped and floored answers, no rival, effort that does not count, and a cap below the floor.
        double[] valuation = [100, 2800, 415, 785, 100, 100, 100, 50];
        double[] exponent = [1.0, 0.8, 8.0, 0.4, 1.0, 0.0, 1.0, 2.0];
        double[] logScale = [0.0, -5.0, -40.0, 0.3, 0.0, 0.0, 0.0, 1.0];
        double[] logRivals = [Math.Log(25), 2.0, -30.0, 1.0, double.NegativeInfinity, Math.Log(3), Math.Log(25), 9.0];
        double[] floor = [1e-6, 2, 2, 2, 2, 2, 1e-6, 2];
        double[] cap = [1e9, 500, 90, 1e9, 1e9, 1e9, 5.0, 1.0];
        var effort = new double[valuation.Length];
        var payoff = new double[valuation.Length];

        BestResponse.SolveMany(valuation, exponent, logScale, logRivals, floor, cap, effort, payoff);

        for (var i = 0; i < valuation.Length; i++)
        {
            var single = BestResponse.Solve(valuation[i], exponent[i], logScale[i], logRivals[i], floor[i], cap[i], out var singlePayoff);
            Assert.Equal(single, effort[i]);
            Assert.Equal(singlePayoff, payoff[i]);
            Assert.Equal(BestResponse.Payoff(valuation[i], exponent[i], logScale[i], logRivals[i], single), payoff[i], 1e-9 * Math.Max(1, Math.Abs(payoff[i])));
        }
    }

    [Fact]
    public void AWarmStart_FindsTheColdStartsRoot_FromEitherSideOfItAndFromLeftOfTheMaximum()
    {
        // Problems with interior optima (R below and above 1, one with two roots), each started from points across ln E.
        double[] valuation = [100, 2800, 785, 415, 50];
        double[] exponent = [1.0, 0.8, 0.4, 3.0, 2.0];
        double[] logScale = [0.0, -5.0, 0.3, -12.0, 1.0];
        double[] logRivals = [Math.Log(25), 2.0, 1.0, 3.0, 3.5];
        double[] floor = [1e-6, 2, 2, 2, 0.5];
        double[] cap = [1e9, 500, 1e9, 1e9, 1e9];
        var n = valuation.Length;
        var cold = new double[n];
        var coldPayoff = new double[n];
        var coldRoots = Enumerable.Repeat(double.NaN, n).ToArray();
        BestResponse.SolveMany(valuation, exponent, logScale, logRivals, floor, cap, coldRoots, cold, coldPayoff);
        Assert.All(coldRoots, r => Assert.False(double.IsNaN(r)));

        foreach (var start in new[] { -20.0, -3.0, 0.0, 1.5, 3.0, 4.5, 6.0, 9.0, double.NaN })
        {
            var effort = new double[n];
            var payoff = new double[n];
            var roots = Enumerable.Repeat(start, n).ToArray();
            BestResponse.SolveMany(valuation, exponent, logScale, logRivals, floor, cap, roots, effort, payoff);
            for (var i = 0; i < n; i++)
            {
                Assert.Equal(cold[i], effort[i], 1e-8 * cold[i]);
                Assert.Equal(coldPayoff[i], payoff[i], 1e-8 * Math.Max(1, Math.Abs(coldPayoff[i])));
                Assert.Equal(coldRoots[i], roots[i], 1e-8);
            }
        }
    }

    [Fact]
    public void WithoutPayoffs_TheEffortsAreExactlyThoseWithThem()
    {
        // Interior optima (R below and above 1), capped and floored answers, no rival, effort that does not count.
        double[] valuation = [100, 2800, 415, 785, 100, 100, 100, 50, 50];
        double[] exponent = [1.0, 0.8, 8.0, 0.4, 1.0, 0.0, 1.0, 2.0, 2.0];
        double[] logScale = [0.0, -5.0, -40.0, 0.3, 0.0, 0.0, 0.0, 1.0, 1.0];
        double[] logRivals = [Math.Log(25), 2.0, -30.0, 1.0, double.NegativeInfinity, Math.Log(3), Math.Log(25), 9.0, 3.5];
        double[] floor = [1e-6, 2, 2, 2, 2, 2, 1e-6, 2, 0.5];
        double[] cap = [1e9, 500, 90, 1e9, 1e9, 1e9, 5.0, 1.0, 1e9];
        var n = valuation.Length;
        var (with, without, payoff, roots) = (new double[n], new double[n], new double[n], new double[n]);

        roots.AsSpan().Fill(double.NaN);
        BestResponse.SolveMany(valuation, exponent, logScale, logRivals, floor, cap, roots, with, payoff);
        roots.AsSpan().Fill(double.NaN);
        BestResponse.SolveMany(valuation, exponent, logScale, logRivals, floor, cap, roots, without, payoff, withPayoffs: false);

        Assert.Equal(with, without);
        Assert.Contains(payoff, double.IsNaN); // some payoffs were not computed
    }

    [Fact]
    public void AProblemsAnswer_DoesNotDependOnTheProblemsSolvedBesideIt()
    {
        // Problems are stepped four to a vector: each must get the same bits alone, in any batch and at any position.
        double[] valuation = [100, 2800, 415, 785, 100, 100, 100, 50, 50, 900, 60];
        double[] exponent = [1.0, 0.8, 8.0, 0.4, 1.0, 0.0, 1.0, 2.0, 2.0, 0.3, 0.3];
        double[] logScale = [0.0, -5.0, -40.0, 0.3, 0.0, 0.0, 0.0, 1.0, 1.0, 0.2, -1.5];
        double[] logRivals = [Math.Log(25), 2.0, -30.0, 1.0, double.NegativeInfinity, Math.Log(3), Math.Log(25), 9.0, 3.5, 1.1, 0.4];
        double[] floor = [1e-6, 2, 2, 2, 2, 2, 1e-6, 2, 0.5, 3, 1];
        double[] cap = [1e9, 500, 90, 1e9, 1e9, 1e9, 5.0, 1.0, 1e9, 400, 30];
        var n = valuation.Length;
        var alone = new (double Effort, double Payoff)[n];
        for (var i = 0; i < n; i++)
        {
            alone[i] = (BestResponse.Solve(valuation[i], exponent[i], logScale[i], logRivals[i], floor[i], cap[i], out var payoff), payoff);
        }

        var random = new Random(5);
        for (var trial = 0; trial < 40; trial++)
        {
            var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(1 + random.Next(n)).ToArray();
            double[] Pick(double[] column) => [.. order.Select(i => column[i])];
            var (effort, payoffs) = (new double[order.Length], new double[order.Length]);
            BestResponse.SolveMany(Pick(valuation), Pick(exponent), Pick(logScale), Pick(logRivals), Pick(floor), Pick(cap), effort, payoffs);
            for (var k = 0; k < order.Length; k++)
            {
                Assert.Equal(alone[order[k]].Effort, effort[k]);
                Assert.Equal(alone[order[k]].Payoff, payoffs[k]);
            }
        }
    }
}
