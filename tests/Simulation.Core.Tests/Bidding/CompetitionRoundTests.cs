using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

/// <summary>The adjustment rounds of a Tullock contest (r = 1, prize 100) worked out by hand: a bid's best response to rival
/// strength Y is √(V·Y) − Y; beliefs start every bid at 0.1 of its valuation.</summary>
public class CompetitionRoundTests
{
    private static double BestResponse(double valuation, double rivals) => Math.Sqrt(valuation * rivals) - rivals;

    private static LastBids Run(Scenario scenario, PlayedRegions? players = null)
    {
        var model = new SimulationModel(scenario) { Players = players };
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));
        return LastBids.Of(model);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void FullStepRounds_TakeEachBidToItsBestResponse_TheStepHalvingInTheSecondRound(int rounds)
    {
        // Round 0 (step 1): 10 → √1000 − 10 = 21.62. Round 1 (step 1/2): halfway to the best response to 21.62.
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: rounds, damping: 1.0));

        var last = Run(scenario);

        var first = BestResponse(100, 10);
        var expected = rounds == 1 ? first : first + (0.5 * (BestResponse(100, first) - first));
        Assert.All(last.Bids, b => Assert.Equal(expected, b.Effort, 9));
    }

    [Fact]
    public void ABidThatStaysOut_IsNotAmongTheRivalsOfTheFirstRound()
    {
        // Region 1 does not bid: the two entrants answer each other's 10 (21.62), not the pair of rivals they weighed at entry.
        var scenario = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 1, damping: 1.0));
        var players = new PlayedRegions(3);
        players.Set(1, new PlayerChoice(Bid: false, 0, false));

        var last = Run(scenario, players);

        Assert.Equal(2, last.Bids.Length);
        Assert.All(last.Bids, b => Assert.Equal(BestResponse(100, 10), b.Effort, 9));
    }

    [Fact]
    public void WithTwoWinners_EachBidReadsItsChanceAsQOverQPlusHalfItsRivals()
    {
        // Four bids, two winners: with Y/k = 1.5·E, the symmetric equilibrium is E = V·1.5 / 2.5² = 24.
        var scenario = TestScenarios.Contest(4, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), winners: 2);

        var last = Run(scenario);

        Assert.All(last.Bids, b => Assert.Equal(24.0, b.Effort, 0.24));
        Assert.Equal(2, last.Winners.Length);
        Assert.NotEqual(last.Winners[0], last.Winners[1]);
    }

    [Fact]
    public void ARegionValuingThePrizeTwice_SettlesAtTheBaikEquilibrium()
    {
        // V = 200 and 100: x1 = V1²V2 / (V1 + V2)² = 44.4, x2 = V1V2² / (V1 + V2)² = 22.2.
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), valuation: [2.0, 1.0]);

        var last = Run(scenario);

        var strong = last.Bids.Single(b => b.Lead == 0);
        var weak = last.Bids.Single(b => b.Lead == 1);
        Assert.Equal(200.0, strong.Valuation);
        Assert.Equal(100.0, weak.Valuation);
        Assert.Equal(40_000.0 * 100 / 90_000, strong.Effort, 0.4);
        Assert.Equal(200.0 * 10_000 / 90_000, weak.Effort, 0.2);
    }

    [Fact]
    public void TheEffortFloor_IsTheBidsPreparation_AndNeverBelowABillionthOfThePrize()
    {
        var project = TestScenarios.Contest(2, 1e6, TestScenarios.Regime(TestScenarios.Tullock(1.0))).Projects[0];

        Assert.Equal(1e-3, BidTerms.EffortFloor(TestScenarios.Behaviour(floor: 0.0), project), 15);
        Assert.Equal(5.0, BidTerms.EffortFloor(TestScenarios.Behaviour(floor: 5.0), project));
    }

    [Fact]
    public void AfterTheContest_EachBidderPaysItsEffort_LearnsFromIt_AndTheWinnerGainsResourcesAndCapacity()
    {
        // One full-step round: both efforts are 21.62; beliefs move halfway (learning rate 0.5) from 0.1 to 0.2162.
        var behaviour = TestScenarios.Behaviour(rounds: 1, damping: 1.0) with { CapacityGainPerTrillionWon = 2.0 };
        var model = new SimulationModel(TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), behaviour));
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(2, 0));

        var outcome = model.RunToEnd();

        var effort = BestResponse(100, 10);
        var winner = System.Numerics.BitOperations.TrailingZeroCount(outcome.Winners(0)[0]);
        foreach (var g in model.Governments)
        {
            Assert.Equal(effort, g.EffortSpent, 9);
            Assert.Equal(10_000 - effort, g.BudgetLeft, 9);
            Assert.Equal(0.1 + (0.5 * ((effort / 100) - 0.1)), g.ExpectedIntensity, 9);
            Assert.Equal(g.Index == winner ? 100.0 : 0.0, g.ResourcesReceived, 9);
            Assert.Equal(g.Index == winner ? 0.2 : 0.0, g.Capacity, 9); // 2 per ₩1,000 billion of a ₩100 billion prize
        }
        Assert.Equal(2 * effort, outcome.TotalEffort, 9);
        Assert.Equal(100.0, outcome.PrizeAwarded);
        Assert.Equal(2 * effort / 100, outcome.RentDissipation, 9);
    }

    [Fact]
    public void AnOverwhelmingFavourite_StillAnswersItsFaintRival()
    {
        // Need 0, 1 and vote 40, 60 (z = ∓1 each), both weighed 6: merits −12 and 12. Region 0, played, bids 10 anyway; at
        // that effort the favourite sees a rival of strength Y' = 10·e^−24 (2.6e10 times weaker than itself at 10), and its
        // best response √(100·Y') − Y' = 1.94e-4 is still above the floor (1e-7): a rival that faint is summed exactly.
        var criteria = new[] { TestScenarios.Weight(SignalKind.Attribute, 6, TestScenarios.Need), TestScenarios.Weight(SignalKind.Attribute, 6, TestScenarios.Vote) };
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 1, damping: 1.0),
            need: [0, 1], vote: [40, 60], criteria: criteria);
        var players = new PlayedRegions(2);
        players.Set(0, new PlayerChoice(Bid: true, EffortBillionWon: 10, TeamUp: false));

        var last = Run(scenario, players);

        var faint = 10 * Math.Exp(-24);
        var favourite = last.Bids.Single(b => b.Lead == 1);
        Assert.Equal(12.0, favourite.Merit, 12);
        Assert.Equal(BestResponse(100, faint), favourite.Effort, BestResponse(100, faint) * 1e-8);
    }
}
