using Simulation.Core.Bidding;

namespace Simulation.Core.Tests.Bidding;

/// <summary>Best responses solved eight at a time: each as if alone, and each the best effort there is.</summary>
public class BestResponseBatchTests
{
    // Problems of every kind side by side: ordinary ones, no rival, no decisive effort, a cap below the floor, a binding cap.
    private static (double V, double R, double C, double Y, double Floor, double Cap)[] Problems()
    {
        var random = new Random(11);
        var list = new List<(double, double, double, double, double, double)>();
        for (var i = 0; i < 29; i++)
        {
            var valuation = 10 + (random.NextDouble() * 500);
            list.Add((valuation, 0.2 + (random.NextDouble() * 2.5), (random.NextDouble() * 6) - 3, Math.Log(1 + (random.NextDouble() * 200)),
                0.01 * valuation * random.NextDouble(), i % 5 == 0 ? 0.05 * valuation : 1e9));
        }
        list.Insert(3, (100, 1, 0, double.NegativeInfinity, 2, 1e9));
        list.Insert(9, (100, 0, 0, Math.Log(3), 2, 1e9));
        list.Insert(17, (100, 1, 0, Math.Log(25), 40, 5));
        list.Insert(20, (0, 1, 0, Math.Log(25), 1, 10));
        return [.. list];
    }

    [Fact]
    public void SolveMany_GivesEveryProblemExactlyWhatSolvingItAloneGives()
    {
        var problems = Problems();
        var effort = new double[problems.Length];
        var payoff = new double[problems.Length];

        BestResponse.SolveMany([.. problems.Select(p => p.V)], [.. problems.Select(p => p.R)], [.. problems.Select(p => p.C)],
            [.. problems.Select(p => p.Y)], [.. problems.Select(p => p.Floor)], [.. problems.Select(p => p.Cap)], effort, payoff);

        for (var i = 0; i < problems.Length; i++)
        {
            var (v, r, c, y, floor, cap) = problems[i];
            var alone = BestResponse.Solve(v, r, c, y, floor, cap, out var alonePayoff);
            Assert.Equal(alone, effort[i]);
            Assert.Equal(alonePayoff, payoff[i]);
        }
    }

    [Fact]
    public void SolveMany_FindsAnEffortNoGridPointBeats_AndReportsItsPayoff()
    {
        var problems = Problems();
        var effort = new double[problems.Length];
        var payoff = new double[problems.Length];

        BestResponse.SolveMany([.. problems.Select(p => p.V)], [.. problems.Select(p => p.R)], [.. problems.Select(p => p.C)],
            [.. problems.Select(p => p.Y)], [.. problems.Select(p => p.Floor)], [.. problems.Select(p => p.Cap)], effort, payoff);

        for (var i = 0; i < problems.Length; i++)
        {
            var (v, r, c, y, floor, cap) = problems[i];
            var least = Math.Max(floor, 1e-9 * Math.Max(v, 1.0));
            var most = Math.Max(cap, least);
            Assert.InRange(effort[i], least, most);
            Assert.Equal(BestResponse.Payoff(v, r, c, y, effort[i]), payoff[i], 1e-9 * Math.Max(1.0, v));
            for (var k = 0; k <= 400; k++)
            {
                var e = least * Math.Pow(most / least, k / 400.0);
                Assert.True(BestResponse.Payoff(v, r, c, y, e) <= payoff[i] + (1e-7 * Math.Max(1.0, v)),
                    $"problem {i}: effort {e:R} pays {BestResponse.Payoff(v, r, c, y, e):R} > {payoff[i]:R} at {effort[i]:R}");
            }
        }
    }
}
