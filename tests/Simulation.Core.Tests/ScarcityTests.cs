using Simulation.Core.Clusters;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core.Tests;

/// <summary>Scarcity, what drives a region to fund its own cluster: 1 − (its resources per person ÷ the national mean),
/// within −1..1, and 0 while nothing has been received anywhere.</summary>
public class ScarcityTests
{
    private const int Replications = 3000;

    // Three regions of 1,000, 1,000 and 2,000 thousand people; a one-year fund of ₩1,000 billion shared by population
    // among regions 1 and 2 (₩333 and ₩667 billion). Per person: 0, 1/3, 1/3 against a mean of 1/4, so scarcity is
    // 1, −1/3, −1/3. Clusters start with log-odds 1 + 3·scarcity: 4 (p = 0.982) in region 0, 0 (p = 0.5) in the others.
    private static double[] StartFrequencies(double fundBillionUsd)
    {
        var contest = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Scored(1.0)));
        double[] population = [1000, 1000, 2000];
        var regions = contest.Regions.Select((r, i) => r with { Values = [population[i], 10.0, 0.0, 50.0] }).ToList();
        var regime = contest.Regimes[0] with { Fund = new FundPolicy(1.0, 0.0, [], [1, 2], []) };
        var rules = new OwnClusterRules(100, 5, new StartCoefficients(1.0, 3.0, 0, 0), new StallCoefficients(-50, 0, 0, 0), 0, []);
        var scenario = contest with
        {
            Regions = regions,
            Regimes = [regime],
            Projects = [],
            WonPerUsd = 1000,
            Fund = new NationalFund(2000, fundBillionUsd, 0.0),
            OwnClusters = rules,
        };
        var model = new SimulationModel(scenario);
        var started = new double[3];
        for (var k = 0; k < Replications; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(31, k));
            model.RunToEnd();
            for (var r = 0; r < 3; r++)
            {
                started[r] += model.Governments[r].ClustersStarted;
            }
        }
        return started.Select(s => s / Replications).ToArray();
    }

    [Fact]
    public void ARegionLeftOutOfTheFund_FeelsScarcity_TheOthersFeelPlenty()
    {
        var started = StartFrequencies(1.0);

        Frequencies.AssertClose(Logit.Probability(4.0), started[0], Replications, "region 0");
        Frequencies.AssertClose(0.5, (started[1] + started[2]) / 2, 2 * Replications, "regions 1 and 2");
    }

    [Fact]
    public void BeforeAnythingIsReceived_ScarcityIsZeroEverywhere()
    {
        var started = StartFrequencies(0.0);

        Frequencies.AssertClose(Logit.Probability(1.0), started.Average(), 3 * Replications, "every region");
    }
}
