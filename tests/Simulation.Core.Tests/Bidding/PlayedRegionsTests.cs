using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

public class PlayedRegionsTests
{
    private static SimulationModel Model(Scenario scenario, PlayedRegions? players, ulong seed = 5, long replication = 0)
    {
        var model = new SimulationModel(scenario) { Players = players };
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(seed, replication));
        return model;
    }

    [Fact]
    public void AnAgentFacingAPlayersFixedEffort_SettlesAtItsBestResponseToIt()
    {
        // Two-region Tullock contest (r = 1): the best response to a fixed effort E is √(V·E) − E.
        const double prize = 100.0, fixedEffort = 9.0;
        var scenario = TestScenarios.Contest(2, prize, TestScenarios.Regime(TestScenarios.Tullock(1.0)));
        var players = new PlayedRegions(2);
        players.Set(0, new PlayerChoice(Bid: true, EffortBillionWon: fixedEffort, TeamUp: false));

        var last = LastBids.Of(Model(scenario, players));

        var player = last.Bids.Single(b => b.Lead == 0);
        var agent = last.Bids.Single(b => b.Lead == 1);
        Assert.Equal(fixedEffort, player.Effort, 12);
        Assert.Equal(Math.Sqrt(prize * fixedEffort) - fixedEffort, agent.Effort, 0.05);
    }

    [Fact]
    public void APlayerWhoDoesNotBid_IsNotAmongTheBids_AndCannotWin()
    {
        var scenario = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 5));
        var players = new PlayedRegions(3);
        players.Set(1, new PlayerChoice(Bid: false, EffortBillionWon: 50, TeamUp: false));
        for (var k = 0; k < 50; k++)
        {
            var model = Model(scenario, players, replication: k);
            var last = LastBids.Of(model);
            Assert.DoesNotContain(last.Bids, b => (b.Members & 0b010) != 0);
            Assert.Equal(2, last.Bids.Length);
            Assert.Equal(0UL, model.Outcome.Winners(0)[0] & 0b010);
        }
    }

    [Fact]
    public void APlayersEffort_IsKeptWithinTheBidsCap()
    {
        // Budget = GRDP (10,000) × share 1 × max share 10: far above; a tiny floor, so an effort of 0 becomes the floor.
        var behaviour = TestScenarios.Behaviour(rounds: 3, floor: 2.0);
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), behaviour);
        var players = new PlayedRegions(2);
        players.Set(0, new PlayerChoice(true, 0.0, false));

        var last = LastBids.Of(Model(scenario, players));

        Assert.Equal(2.0, last.Bids.Single(b => b.Lead == 0).Effort, 12);
    }

    [Fact]
    public void NobodyPlaying_GivesExactlyTheAgentsOwnRun()
    {
        var scenario = TestScenarios.Contest(4, 100, TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.5)),
            TestScenarios.Behaviour(rounds: 6, noise: 0.2, temperature: 5.0));
        var released = new PlayedRegions(4);
        released.Set(2, new PlayerChoice(false, 1, false));
        released.Release(2);
        for (var k = 0; k < 20; k++)
        {
            var alone = LastBids.Of(Model(scenario, null, replication: k));
            var withEmptySet = LastBids.Of(Model(scenario, released, replication: k));
            Assert.Equal(alone.Bids.Select(b => b.Effort), withEmptySet.Bids.Select(b => b.Effort));
            Assert.Equal(alone.Winners, withEmptySet.Winners);
        }
    }

    [Fact]
    public void PlayedPartners_BidAsOneOnlyWhenEveryPlayedMemberTeamsUp()
    {
        var partnership = new Partnership("p", [0, 1], 2000);
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var scenario = TestScenarios.Contest(4, 100, regime, TestScenarios.Behaviour(rounds: 3, temperature: 1.0), jointBids: true, partnerships: [partnership]);
        var both = new PlayedRegions(4);
        both.Set(0, new PlayerChoice(true, 4, true));
        both.Set(1, new PlayerChoice(true, 6, true));
        var oneRefuses = new PlayedRegions(4);
        oneRefuses.Set(0, new PlayerChoice(true, 4, true));
        oneRefuses.Set(1, new PlayerChoice(true, 6, false));

        var joint = LastBids.Of(Model(scenario, both)).Bids;
        var separate = LastBids.Of(Model(scenario, oneRefuses)).Bids;

        var jointBid = Assert.Single(joint, b => b.IsJoint);
        Assert.Equal(0b11UL, jointBid.Members);
        Assert.Equal(10.0, jointBid.Effort, 12); // both played: the sum of their efforts
        Assert.DoesNotContain(separate, b => b.IsJoint);
        Assert.Equal(6.0, separate.Single(b => b.Lead == 1).Effort, 12);
    }

    [Fact]
    public void APartnerWhoDoesNotBid_LeavesTheOtherToBidAlone_NotOutWithIt()
    {
        var partnership = new Partnership("p", [0, 1], 2000);
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var scenario = TestScenarios.Contest(4, 100, regime, TestScenarios.Behaviour(rounds: 3, temperature: 1.0), jointBids: true, partnerships: [partnership]);
        var players = new PlayedRegions(4);
        players.Set(0, new PlayerChoice(true, 4, true));
        players.Set(1, new PlayerChoice(false, 0, true)); // teams up, but does not bid

        var bids = LastBids.Of(Model(scenario, players)).Bids;

        Assert.DoesNotContain(bids, b => b.IsJoint);
        Assert.Equal(4.0, Assert.Single(bids, b => b.Lead == 0).Effort, 12);
        Assert.DoesNotContain(bids, b => (b.Members & 0b10UL) != 0);
    }

    [Fact]
    public void TheObserver_SeesEveryJudgedCompetition_WithTheWinnersTheOutcomeRecords()
    {
        var scenario = TestScenarios.Contest(5, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 5), winners: 2);
        var model = Model(scenario, null, replication: 3);

        var last = LastBids.Of(model);

        Assert.Equal(1, last.Judged);
        Assert.Equal(2, last.Winners.Length);
        Assert.Equal(last.Winners.Select(w => last.Bids[w].Members), model.Outcome.Winners(0).ToArray());
    }
}
