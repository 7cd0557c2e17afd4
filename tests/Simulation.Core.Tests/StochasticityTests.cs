using Simulation.Core.Agents;
using Simulation.Core.Bidding;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regions;
using Simulation.Core.Signals;
using Simulation.Core.Tests.Agents;

namespace Simulation.Core.Tests;

/// <summary>The draws the ODD's stochasticity table lists, and only those: each step consumes exactly the draws the table
/// gives it, so that runs differing in one setting keep their other draws paired (common random numbers).</summary>
public class StochasticityTests
{
    [Fact]
    public void ANoiselessDesignation_WithoutCategoriesStallsOrSpread_DrawsNothing()
    {
        var programme = DesignationBench.Programme(3, discretion: 0.0, delivery: new Delivery(0, double.NegativeInfinity, 0, 0));
        var bench = new DesignationBench(DesignationBench.WithProgrammes([0, 1, 2], [programme]));
        var random = RandomStream.ForReplication(61, 0);
        var untouched = random;

        bench.Designate(0, 2000, ref random);

        Assert.Equal(untouched.NextUInt64(), random.NextUInt64());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.4)]
    public void EachDesignation_DrawsItsSiteCategoryStallAndThenItsDeliveryFactorIfThereIsASpread(double spread)
    {
        var programme = DesignationBench.Programme(3, discretion: 1.0, categories: [new ProgrammeCategory("a", 0.5), new ProgrammeCategory("b", 0.5)],
            delivery: new Delivery(0, -1.0, 0, spread));
        var bench = new DesignationBench(DesignationBench.WithProgrammes([0, 1, 2], [programme]));
        var random = RandomStream.ForReplication(62, 0);
        var replay = random;

        bench.Designate(0, 2000, ref random);

        for (var d = 0; d < 3; d++)
        {
            replay.NextDouble(); // site
            replay.NextDouble(); // category
            replay.NextDouble(); // stall
            if (spread > 0)
            {
                replay.NextGaussian(); // delivery factor
            }
        }
        Assert.Equal(replay.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void AContestWithNoMoreEntrantsThanWinners_DrawsOnlyTheEntryDecisions()
    {
        // Two bids for two prizes under a Tullock lottery, no effort noise: one uniform per bid for entry, no lottery draw.
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 2), winners: 2);
        var (competition, random, replay) = Judge(scenario);

        Assert.Equal(2, competition.Bids.Length);
        Assert.Equal(2, competition.Winners.Length);
        replay.NextDouble();
        replay.NextDouble();
        Assert.Equal(replay.NextUInt64(), random.NextUInt64());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AConsortiumMakesNoJointBidDecision_APartnershipMakesOne(bool consortium)
    {
        // Three regions, regions 0 and 1 partners; the committee has no noise, so only entry (and the partnership's
        // joint-bid decision) is drawn.
        var regime = TestScenarios.Regime(TestScenarios.Scored(0.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var scenario = TestScenarios.Contest(3, 100, regime, TestScenarios.Behaviour(rounds: 2), jointBids: true,
            partnerships: [new Partnership("pair", [0, 1], 2000)], consortia: consortium ? [0] : []);
        var (competition, random, replay) = Judge(scenario);

        var draws = competition.Bids.Length + (consortium ? 0 : 1);
        for (var i = 0; i < draws; i++)
        {
            replay.NextDouble();
        }
        Assert.Equal(replay.NextUInt64(), random.NextUInt64());
    }

    // Runs project 0 of the scenario under regime 0 once; returns the competition, the stream after it and the stream before.
    private static (Competition Competition, RandomStream After, RandomStream Before) Judge(Scenario scenario)
    {
        var national = new NationalGovernment(scenario, new StandardScores(scenario.Regions, scenario.Attributes.Count, scenario.Indices));
        var governments = scenario.Regions.Select((r, i) => new RegionalGovernment(i, r, 1000, 10_000)).ToArray();
        foreach (var g in governments)
        {
            g.Reset(0.0, scenario.Behaviour.InitialEffortIntensity);
            g.BeginYear(scenario.Behaviour);
        }
        var competition = new Competition(new Bidders(governments, scenario.Partnerships, scenario.Behaviour), scenario.Projects[0].Winners);
        var random = RandomStream.ForReplication(63, 0);
        var before = random;
        competition.Run(new CompetitionRequest(0, scenario.Projects[0], national.ProjectPlan(0, 0), national.Rule(0), 2000), ref random,
            new ReplicationOutcome(scenario));
        return (competition, random, before);
    }
}
