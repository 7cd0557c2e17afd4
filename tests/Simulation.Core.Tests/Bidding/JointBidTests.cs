using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

/// <summary>How partners bid as one: the joint bid they would make, and the logit choice between it and their separate bids,
/// worked out by hand for a Tullock contest (r = 1, prize 100) where every bid starts at an effort of 10.</summary>
public class JointBidTests
{
    private static readonly Partnership Pair = new("pair", [0, 1], 2000);

    private static Scenario WithPopulations(Scenario scenario, params double[] population) => scenario with
    {
        Regions = scenario.Regions.Select((r, i) => r with { Values = [population[i], 10.0, r.Values[2], r.Values[3]] }).ToList(),
    };

    private static LastBids Run(Scenario scenario, PlayedRegions? players = null, long replication = 0)
    {
        var model = new SimulationModel(scenario) { Players = players };
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(41, replication));
        return LastBids.Of(model);
    }

    // The expected gain of the best response to rivals of strength Y: (√V − √Y)².
    private static double Gain(double rivals) => Math.Pow(10 - Math.Sqrt(rivals), 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void PartnersBidAsOne_ByALogitOnTheJointGainOverTheirSeparateGains(int winners)
    {
        // Regions 0 and 1 are partners, region 2 bids alone; the regime adds 1 to a joint bid's merit (its strength × e).
        // With k winners a bid reads its rivals as Y/k. Separately each partner faces 20; jointly the pair faces 10 / e.
        // Temperature 10.
        var regime = TestScenarios.Regime(TestScenarios.Tullock(1.0), TestScenarios.Weight(SignalKind.JointBid, 1.0));
        var scenario = TestScenarios.Contest(3, 100, regime, TestScenarios.Behaviour(rounds: 1, temperature: 10), winners: winners,
            jointBids: true, partnerships: [Pair]);
        var model = new SimulationModel(scenario);
        var joint = 0;
        const int replications = 2000;
        for (var k = 0; k < replications; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(42, k));
            joint += model.RunToEnd().JointBids;
        }

        var separate = 2 * Gain(20.0 / winners);
        var together = Gain(10 / Math.E / winners);
        Frequencies.AssertClose(Logit.Probability((together - separate) / 10), (double)joint / replications, replications, "joint bids");
    }

    [Fact]
    public void TwoPartnersAlone_BidAsOne_ForTheyThenHaveNoRival()
    {
        // Jointly the prize less the floor, 100, against 2 · (10 − √10)² = 93.5 separately; temperature 0 decides exactly.
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 1),
            jointBids: true, partnerships: [Pair]);

        var last = Run(scenario);

        var bid = Assert.Single(last.Bids);
        Assert.Equal(0b11UL, bid.Members);
        Assert.Equal(0, Assert.Single(last.Winners));
    }

    [Fact]
    public void AllThreeMembersOfAPartnership_MayBidAsOne()
    {
        var scenario = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 1),
            jointBids: true, partnerships: [new Partnership("trio", [0, 1, 2], 2000)]);

        Assert.Equal(0b111UL, Assert.Single(Run(scenario).Bids).Members);
    }

    [Fact]
    public void APartnerThatIsNotACandidate_CannotJoinABid_SoTheOtherBidsAlone()
    {
        // Only regions 0 and 2 may bid; region 0 keeps its own bid and merit (0), without the regime's joint-bid bonus of 5.
        var regime = TestScenarios.Regime(TestScenarios.Tullock(1.0), TestScenarios.Weight(SignalKind.JointBid, 5.0));
        var scenario = TestScenarios.Contest(3, 100, regime, TestScenarios.Behaviour(rounds: 1), jointBids: true, partnerships: [Pair]);
        scenario = scenario with { Projects = [scenario.Projects[0] with { Candidates = [0, 2] }] };

        var last = Run(scenario);

        Assert.Equal([0b001UL, 0b100UL], last.Bids.Select(b => b.Members).Order());
        Assert.All(last.Bids, b => Assert.Equal(0.0, b.Merit));
    }

    [Fact]
    public void AJointBid_PoolsItsMembers_WeighingMeritValuationAndBeliefsByPopulation()
    {
        // Regions of 1,000, 3,000 and 1,000 thousand people; need 0, 1, 2 (z = −√1.5, 0, √1.5) weighed 1, joint bids 0.5 more;
        // valuations ×2, ×1, ×1. The consortium of regions 0 and 1: merit (1,000·(−√1.5) + 3,000·0) / 4,000 + 0.5, valuation
        // 100·(2·1,000 + 1·3,000) / 4,000 = 125, effort cap 10,000 + 30,000 (each its GRDP), starting effort 0.1 · 125.
        // Adjustment barely moves the effort (damping 1e-12).
        var regime = TestScenarios.Regime(TestScenarios.Tullock(1.0), TestScenarios.Weight(SignalKind.JointBid, 0.5));
        var scenario = TestScenarios.Contest(3, 100, regime, TestScenarios.Behaviour(rounds: 1, damping: 1e-12), need: [0, 1, 2],
            jointBids: true, partnerships: [Pair], criteria: [TestScenarios.Weight(SignalKind.Attribute, 1.0, TestScenarios.Need)],
            valuation: [2.0, 1.0, 1.0], consortia: [0]);

        var last = Run(WithPopulations(scenario, 1000, 3000, 1000));

        Assert.Equal(2, last.Bids.Length);
        var joint = Assert.Single(last.Bids, b => b.IsJoint);
        Assert.Equal(0b011UL, joint.Members);
        Assert.Equal(0, joint.Lead);
        Assert.Equal(4000.0, joint.Population);
        Assert.Equal((-Math.Sqrt(1.5) / 4) + 0.5, joint.Merit, 12);
        Assert.Equal(125.0, joint.Valuation, 12);
        Assert.Equal(40_000.0, joint.Cap, 9);
        Assert.Equal(12.5, joint.Effort, 6);
        var single = last.Bids.Single(b => !b.IsJoint);
        Assert.Equal((2, Math.Sqrt(1.5), 100.0), (single.Lead, single.Merit, single.Valuation));
    }

    [Fact]
    public void AJointBidsEffortAndWin_AreSharedAmongItsMembersByPopulation()
    {
        // The consortium (1,000 + 3,000) has 20 more merit (×e^20 strength), so it wins; its members pay 1/4 and 3/4 of its
        // effort, receive 1/4 and 3/4 of the ₩100 billion, and gain capacity 2 · 100 / 1,000 in the same shares.
        var regime = TestScenarios.Regime(TestScenarios.Tullock(1.0), TestScenarios.Weight(SignalKind.JointBid, 20.0));
        var behaviour = TestScenarios.Behaviour(rounds: 2, damping: 1.0) with { CapacityGainPerTrillionWon = 2.0 };
        var scenario = WithPopulations(TestScenarios.Contest(3, 100, regime, behaviour, jointBids: true, partnerships: [Pair], consortia: [0]),
            1000, 3000, 1000);
        var model = new SimulationModel(scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(43, 0));

        var last = LastBids.Of(model);

        var joint = last.Bids.Single(b => b.IsJoint);
        Assert.Equal(joint.Members, model.Outcome.Winners(0)[0]);
        Assert.Equal(1, model.Outcome.JointBids);
        double[] share = [0.25, 0.75];
        for (var r = 0; r < 2; r++)
        {
            var g = model.Governments[r];
            Assert.Equal(joint.Effort * share[r], g.EffortSpent, 9);
            Assert.Equal(g.YearlyBudget - (joint.Effort * share[r]), g.BudgetLeft, 9);
            Assert.Equal(0.1 + (0.5 * ((joint.Effort / 100) - 0.1)), g.ExpectedIntensity, 9);
            Assert.Equal(100 * share[r], g.ResourcesReceived, 9);
            Assert.Equal(0.2 * share[r], g.Capacity, 9);
        }
        Assert.Equal(0.0, model.Governments[2].ResourcesReceived);
    }

    [Fact]
    public void AConsortiumWithAPlayedMember_BidsThePlayersEffort_ScaledUpByItsPartnersPopulation()
    {
        // Region 0 (1,000) plays ₩6 billion; its agent partner region 1 has 3,000: 6 · 4,000 / 1,000 = 24.
        var scenario = WithPopulations(TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 2),
            jointBids: true, partnerships: [Pair], consortia: [0]), 1000, 3000, 1000);
        var players = new PlayedRegions(3);
        players.Set(0, new PlayerChoice(true, 6, true));

        var joint = Run(scenario, players).Bids.Single(b => b.IsJoint);

        Assert.Equal(24.0, joint.Effort, 9);
    }

    [Fact]
    public void PartnersWhoBothPlayAndTeamUp_BidTheSumOfTheirEfforts()
    {
        var scenario = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 2),
            jointBids: true, partnerships: [Pair]);
        var players = new PlayedRegions(3);
        players.Set(0, new PlayerChoice(true, 5, true));
        players.Set(1, new PlayerChoice(true, 9, true));

        var last = Run(scenario, players);

        Assert.Equal(14.0, last.Bids.Single(b => b.IsJoint).Effort, 9);
        Assert.Equal(2, last.Bids.Length);
    }
}
