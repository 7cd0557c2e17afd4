using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

public class ContestChecksTests
{
    [Fact]
    public void EveryContestCheck_PassesOnTheModel()
    {
        var checks = ContestChecks.Run();

        Assert.Equal((ContestChecks.SymmetricCases.Count * 2) + 3, checks.Count);
        Assert.All(checks, c => Assert.True(c.Status == CheckStatus.Pass, $"{c.Name}: expected {c.Expected}, simulated {c.Simulated} [{c.CiLow}, {c.CiHigh}]"));
    }

    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(5, 1.25)]
    [InlineData(8, 0.7)]
    public void SymmetricTullockContest_SettlesAtTheNashEffort_AndDissipatesItsShare(int n, double r)
    {
        var run = ContestRun.Of(ContestScenario.Symmetric(n, 250, r));

        var nash = r * (n - 1) * 250 / (n * n);
        Assert.Equal(n, run.Efforts.Count);
        Assert.All(run.Efforts, e => Assert.Equal(nash, e, nash * 0.01));
        Assert.Equal(r * (n - 1) / n, run.RentDissipation, 0.01);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(0.4, 1.0)]
    [InlineData(1.0, 0.25)]
    public void TwoRegionsValuingThePrizeDifferently_MatchBaik1994(double m1, double m2)
    {
        const double prize = 100;
        var run = ContestRun.Of(ContestScenario.Tullock(prize, 1.0, m1, m2));

        var (v1, v2) = (prize * m1, prize * m2);
        var x1 = v1 * v1 * v2 / ((v1 + v2) * (v1 + v2));
        var x2 = v1 * v2 * v2 / ((v1 + v2) * (v1 + v2));
        Assert.Equal(x1, run.Efforts[0], x1 * 0.02);
        Assert.Equal(x2, run.Efforts[1], x2 * 0.02);
    }

    [Fact]
    public void AContestStoppedAfterOneRound_IsFarFromEquilibrium_SoTheToleranceCanFail()
    {
        // The check is only worth something if an unsettled adjustment misses it: one round from the starting belief
        // (effort = 0.1 × V) does not reach the Nash effort of 4 regions (0.1875 × V).
        var scenario = ContestScenario.Symmetric(4, 100, 1.0);
        var run = ContestRun.Of(scenario with { Behaviour = scenario.Behaviour with { AdjustmentRounds = 1 } });

        Assert.True(Math.Abs(run.Efforts[0] - 18.75) > 18.75 * ContestChecks.Tolerance, $"effort {run.Efforts[0]}");
    }

    [Fact]
    public void ContestScenario_NeedsTwoRegions()
    {
        Assert.Throws<ArgumentException>(() => ContestScenario.Tullock(100, 1, 1.0));
    }

    [Fact]
    public void AtAScenariosOwnRounds_TheEffortIsReportedNotJudged_AndFollowsThoseRounds()
    {
        var behaviour = ContestScenario.Symmetric(2, 100, 1).Behaviour;

        var settled = ContestChecks.AtScenarioRounds(behaviour with { AdjustmentRounds = 400, Damping = 0.5 });
        var once = ContestChecks.AtScenarioRounds(behaviour with { AdjustmentRounds = 1, Damping = 0.5 });

        Assert.Equal(ContestChecks.ScenarioRoundCases.Count, once.Count);
        Assert.All(once.Concat(settled), c => Assert.Equal((CheckStatus.Info, CheckKind.Verification), (c.Status, c.Kind)));
        Assert.All(settled, c => Assert.Equal(c.Expected, c.Simulated, c.Expected * 0.02));
        // One round from the initial effort leaves the bids visibly short of (or past) the equilibrium, and the row says so.
        Assert.All(once, c => Assert.True(Math.Abs(c.Simulated - c.Expected) > c.Expected * 0.02, $"{c.Name}: {c.Simulated} against {c.Expected}"));
        Assert.Contains("after the scenario's 1 adjustment round(s) (damping 0.5, starting at 0.1 of the prize, without its effort noise of 0), 4 regions",
            once[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AtAScenariosOwnRounds_TheBidsStartAtTheScenariosInitialEffort()
    {
        var behaviour = ContestScenario.Symmetric(2, 100, 1).Behaviour with { AdjustmentRounds = 1, Damping = 0.5 };

        var low = ContestChecks.AtScenarioRounds(behaviour with { InitialEffortIntensity = 0.03 });
        var high = ContestChecks.AtScenarioRounds(behaviour with { InitialEffortIntensity = 0.08 });

        // Half way from the start to the best response after one round, so the start shows: with four bidders 12 against
        // 16.5, with ten 14.0 against 10.4 (every bid enters at both starts).
        Assert.All(low.Zip(high), pair => Assert.True(double.IsFinite(pair.First.Simulated) && double.IsFinite(pair.Second.Simulated)
            && Math.Abs(pair.First.Simulated - pair.Second.Simulated) > 1, $"{pair.First.Simulated} against {pair.Second.Simulated}"));
        Assert.Contains("starting at 0.08 of the prize", high[0].Description, StringComparison.Ordinal);
    }
}
