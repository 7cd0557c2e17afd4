using Simulation.Core.Projects;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Agents;

public class CapacityGrowthTests
{
    [Fact]
    public void ARegionGivenAWin_IsMoreLikelyToWinTheNextCompetition_WhenCapacityCounts()
    {
        var given = SecondWinChance(firstWinner: 0, capacityGain: 2.0);
        var notGiven = SecondWinChance(firstWinner: 1, capacityGain: 2.0);

        Assert.True(given > notGiven + 0.15, $"region 0 wins the second competition {given:F3} after winning the first, {notGiven:F3} otherwise");
    }

    [Fact]
    public void WithoutCapacityGains_AnEarlierWinChangesLittle()
    {
        var given = SecondWinChance(firstWinner: 0, capacityGain: 0.0);
        var notGiven = SecondWinChance(firstWinner: 1, capacityGain: 0.0);

        Assert.True(Math.Abs(given - notGiven) < 0.05, $"{given:F3} against {notGiven:F3}");
    }

    // Four equal regions; the first competition (2000) has one candidate, who wins it; the second (2001) is open to all and
    // weighs capacity. Returns how often region 0 wins the second.
    private static double SecondWinChance(int firstWinner, double capacityGain)
    {
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0));
        var contest = TestScenarios.Contest(4, 1000, regime, TestScenarios.Behaviour(rounds: 4) with { CapacityGainPerTrillionWon = capacityGain });
        var second = contest.Projects[0] with
        {
            Id = "second",
            Year = 2001,
            Criteria = [TestScenarios.Weight(SignalKind.Capacity, 1.0), TestScenarios.Weight(SignalKind.Effort, 0.3)],
        };
        var first = contest.Projects[0] with { Id = "first", Candidates = [firstWinner] };
        var scenario = contest with { Timeline = RegimeTimeline.Constant(2000, 2001, 0), Projects = [second, first] };
        return ModelRuns.WinFrequencies(scenario, 4000)[0];
    }
}
