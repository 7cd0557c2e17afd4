using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

public class CompetitionTests
{
    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(4, 1.0)]
    [InlineData(4, 0.8)]
    [InlineData(6, 1.1)]
    [InlineData(3, 1.4)]
    public void SymmetricTullockContest_SettlesAtTheNashEquilibrium(int n, double r)
    {
        const double prize = 100.0;
        var scenario = TestScenarios.Contest(n, prize, TestScenarios.Regime(TestScenarios.Tullock(r)));
        var model = new SimulationModel(scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));

        var last = LastBids.Of(model);
        var outcome = model.Outcome;

        var nash = r * (n - 1) * prize / (n * n);
        Assert.Equal(n, last.Bids.Length);
        foreach (var bid in last.Bids)
        {
            Assert.Equal(nash, bid.Effort, nash * 0.01);
        }
        Assert.Equal(r * (n - 1) / n, outcome.RentDissipation, 0.01);
    }

    [Fact]
    public void ScoredRuleWithGumbelNoise_SettlesAtTheTullockEquilibriumOfItsEffectiveExponent()
    {
        // effort weight 0.5 over discretion 1.0 acts as a Tullock exponent of 0.5.
        const int n = 4;
        const double prize = 100.0;
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.5));
        var model = new SimulationModel(TestScenarios.Contest(n, prize, regime));
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));

        var last = LastBids.Of(model);

        var nash = 0.5 * (n - 1) * prize / (n * n);
        Assert.All(last.Bids, bid => Assert.Equal(nash, bid.Effort, nash * 0.01));
    }

    [Fact]
    public void Partners_BidJointlyWhenTheRegimeRewardsIt_AndWinMoreOften()
    {
        var partnership = new Partnership("p", [0, 1], 2000);
        var rewarding = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.JointBid, 2.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var behaviour = TestScenarios.Behaviour(rounds: 4, temperature: 1.0, floor: 1.0);
        var joint = TestScenarios.Contest(5, 100, rewarding, behaviour, jointBids: true, partnerships: [partnership]);
        var alone = TestScenarios.Contest(5, 100, rewarding, behaviour, jointBids: false, partnerships: [partnership]);

        var withJoint = ModelRuns.WinFrequencies(joint, 3000);
        var without = ModelRuns.WinFrequencies(alone, 3000);

        // Each member shares the joint win, so each member's frequency is the pair's.
        Assert.Equal(withJoint[0], withJoint[1], 12);
        Assert.True(withJoint[0] > without[0] + without[1] + 0.1, $"joint {withJoint[0]:F3} vs separate {without[0] + without[1]:F3}");
    }

    [Fact]
    public void WithoutJointBidsAllowed_NoJointBidIsMade()
    {
        var partnership = new Partnership("p", [0, 1], 2000);
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.JointBid, 5.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var model = new SimulationModel(TestScenarios.Contest(4, 100, regime, TestScenarios.Behaviour(rounds: 3), jointBids: false, partnerships: [partnership]));
        for (var k = 0; k < 200; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(3, k));
            Assert.Equal(0, model.RunToEnd().JointBids);
        }
    }

    [Fact]
    public void PartnershipNotYetFormed_CannotBidJointly()
    {
        var partnership = new Partnership("p", [0, 1], 2001);
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.JointBid, 5.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var model = new SimulationModel(TestScenarios.Contest(4, 100, regime, TestScenarios.Behaviour(rounds: 3), jointBids: true, partnerships: [partnership]));
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(3, 0));

        Assert.Equal(0, model.RunToEnd().JointBids);
    }
}
