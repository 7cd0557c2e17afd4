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
    public void ANoiselessDesignation_WithoutCategoriesStallsOrSpread_DrawsOnlyItsDeliveryFactors()
    {
        var programme = DesignationBench.Programme(3, discretion: 0.0, delivery: new Delivery(0, double.NegativeInfinity, 0, 0));
        var bench = new DesignationBench(DesignationBench.WithProgrammes([0, 1, 2], [programme]));
        var random = RandomStream.ForReplication(61, 0);
        var untouched = random;

        bench.Designate(0, 2000, ref random);

        for (var d = 0; d < 3; d++)
        {
            untouched.NextGaussian(); // the delivery factor, drawn at a spread of 0 too (where it is 1)
        }
        Assert.Equal(untouched.NextUInt64(), random.NextUInt64());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.4)]
    public void EachDesignation_DrawsItsSiteCategoryStallAndThenItsDeliveryFactor_WhateverTheSpread(double spread)
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
            replay.NextGaussian(); // delivery factor, at a spread of 0 too
        }
        Assert.Equal(replay.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void AContestWithNoMoreEntrantsThanWinners_DrawsTheEntryDecisionsAndEffortNoise_ButNoLottery()
    {
        // Two bids for two prizes under a Tullock lottery: one uniform per bid for entry, a normal per bid in each of the two
        // adjustment rounds (drawn at an effort noise of 0 too), no lottery draw.
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 2), winners: 2);
        var (competition, random, replay) = Judge(scenario);

        Assert.Equal(2, competition.Bids.Length);
        Assert.Equal(2, competition.Winners.Length);
        replay.NextDouble();
        replay.NextDouble();
        for (var i = 0; i < 2 * 2; i++)
        {
            replay.NextGaussian();
        }
        Assert.Equal(replay.NextUInt64(), random.NextUInt64());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AConsortiumMakesNoJointBidDecision_APartnershipMakesOne(bool consortium)
    {
        // Three regions, regions 0 and 1 partners: entry (and the partnership's joint-bid decision) are uniforms, then a normal
        // per bid in each of the two adjustment rounds and the committee's noise per bid (drawn at 0 noise too).
        var regime = TestScenarios.Regime(TestScenarios.Scored(0.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var scenario = TestScenarios.Contest(3, 100, regime, TestScenarios.Behaviour(rounds: 2), jointBids: true,
            partnerships: [new Partnership("pair", [0, 1], 2000)], consortia: consortium ? [0] : []);
        var (competition, random, replay) = Judge(scenario);

        var draws = competition.Bids.Length + (consortium ? 0 : 1);
        for (var i = 0; i < draws; i++)
        {
            replay.NextDouble();
        }
        for (var i = 0; i < 2 * competition.Bids.Length; i++)
        {
            replay.NextGaussian();
        }
        for (var i = 0; i < competition.Bids.Length; i++)
        {
            replay.NextGumbel();
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
