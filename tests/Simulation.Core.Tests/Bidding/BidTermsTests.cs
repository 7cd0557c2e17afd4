using Simulation.Core.Agents;
using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Selection;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

/// <summary>The terms a bid starts from are computed in one place, and the competition's bids carry exactly those terms, so
/// the game's brief (which shows a player the same terms) and the competition agree.</summary>
public class BidTermsTests
{
    [Fact]
    public void ASingleBid_IsValuedAtThePrizeTimesItsMultiplier_AndStartsAtItsExpectedIntensity_WithinFloorAndCap()
    {
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(floor: 2.0), valuation: [1.5, 1.0]);
        var government = Government(scenario, 0, intensity: 0.1);

        var terms = BidTerms.Single(government, scenario.Projects[0], Plan(scenario), scenario.Behaviour);

        Assert.Equal(150.0, terms.Valuation);
        Assert.Equal(2.0, terms.Floor);
        Assert.Equal(Math.Max(2.0, government.EffortCap(scenario.Behaviour)), terms.Cap);
        Assert.Equal(Math.Clamp(0.1 * 150.0, terms.Floor, terms.Cap), terms.StartingEffort);
        Assert.Equal(Plan(scenario).Merit(0, government.Capacity), terms.Merit);
    }

    [Fact]
    public void ASingleBid_NeverStartsBelowItsFloor_AndItsCapIsNeverBelowTheFloor()
    {
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(floor: 5.0));
        var government = Government(scenario, 1, intensity: 0.0);

        var terms = BidTerms.Single(government, scenario.Projects[0], Plan(scenario), scenario.Behaviour);

        Assert.Equal(5.0, terms.StartingEffort);
        Assert.True(terms.Cap >= terms.Floor);
    }

    [Fact]
    public void AJointBid_WeighsItsMembersByPopulation_AndSumsTheirCaps()
    {
        var scenario = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)), valuation: [1.0, 2.0, 4.0]);
        var governments = new[] { Government(scenario, 0, 0.1), Government(scenario, 1, 0.3), Government(scenario, 2, 0.5) };
        var plan = Plan(scenario);

        var terms = BidTerms.Joint(0b011, governments, scenario.Projects[0], plan, scenario.Behaviour, out var population);

        Assert.Equal(2000.0, population);
        Assert.Equal(150.0, terms.Valuation, 12);
        Assert.Equal(((plan.Merit(0, 0.0) + plan.Merit(1, 0.0)) / 2) + plan.JointBidWeight, terms.Merit, 12);
        Assert.Equal(Math.Max(terms.Floor, governments[0].EffortCap(scenario.Behaviour) + governments[1].EffortCap(scenario.Behaviour)), terms.Cap);
        Assert.Equal(Math.Clamp(0.2 * 150.0, terms.Floor, terms.Cap), terms.StartingEffort, 12);
    }

    [Fact]
    public void ToBid_CarriesTheTerms_WithTheLowestMemberAsLead()
    {
        var terms = new BidTerms(Merit: 0.5, Valuation: 80, Floor: 1, Cap: 20, StartingEffort: 8);

        var bid = terms.ToBid(0b1100, 3000, new PerceivedContest(1.0, 0.5));

        Assert.Equal((0b1100UL, 2, 3000.0, 0.5, 80.0, 1.0, 20.0, 8.0), (bid.Members, bid.Lead, bid.Population, bid.Merit, bid.Valuation, bid.Floor, bid.Cap, bid.Effort));
        Assert.Equal(new PerceivedContest(1.0, 0.5), bid.Perceived);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ACompetitionsBids_StartFromTheirTerms(bool consortium)
    {
        // No adjustment round, so every entrant keeps its starting effort; a consortium of regions 0 and 1 bids as one.
        var scenario = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Scored(0.5), TestScenarios.Weight(SignalKind.Effort, 0.3)),
            TestScenarios.Behaviour(rounds: 0, floor: 1.0), valuation: [1.0, 2.0, 3.0], jointBids: consortium,
            partnerships: [new Partnership("pair", [0, 1], 2000)], consortia: consortium ? [0] : []);
        var model = new SimulationModel(scenario);
        var last = new LastBids();
        model.Observer = last;
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(3, 0));
        model.OpenYear(0);
        var plan = model.National.ProjectPlan(0, 0);
        var governments = model.Governments.ToArray();
        var expected = new Dictionary<ulong, BidTerms>
        {
            [0b100] = BidTerms.Single(governments[2], scenario.Projects[0], plan, scenario.Behaviour),
        };
        if (consortium)
        {
            expected[0b011] = BidTerms.Joint(0b011, governments, scenario.Projects[0], plan, scenario.Behaviour, out _);
        }
        else
        {
            expected[0b001] = BidTerms.Single(governments[0], scenario.Projects[0], plan, scenario.Behaviour);
            expected[0b010] = BidTerms.Single(governments[1], scenario.Projects[0], plan, scenario.Behaviour);
        }

        model.HoldCompetition(0, 0);

        Assert.NotEmpty(last.Bids);
        foreach (var bid in last.Bids)
        {
            Assert.Equal(expected[bid.Members], new BidTerms(bid.Merit, bid.Valuation, bid.Floor, bid.Cap, bid.Effort));
        }
    }

    private static ScorePlan Plan(Scenario scenario) =>
        new NationalGovernment(scenario, new StandardScores(scenario.Regions, scenario.Attributes.Count, scenario.Indices)).ProjectPlan(0, 0);

    private static RegionalGovernment Government(Scenario scenario, int index, double intensity)
    {
        var government = new RegionalGovernment(index, scenario.Regions[index], 1000, 10_000);
        government.Reset(0.0, intensity);
        government.BeginYear(scenario.Behaviour);
        return government;
    }
}
