using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

/// <summary>A competition held to an observed outcome: the required regions win, and the chance they had is reported.</summary>
public class OutcomeConditionTests
{
    private sealed class Requirement(ulong regions) : IOutcomeCondition
    {
        public List<double> Chances { get; } = [];

        public ulong RequiredWinners(int project) => regions;

        public void Imposed(int project, double chance) => Chances.Add(chance);
    }

    // n regions of equal merit but for region 0's need (weight `needWeight`), scored selection with Gumbel noise σ = 1, no
    // effort term: region i is drawn with weight exp(m_i).
    private static Scenario Contest(int n, int winners = 1, double needWeight = 0.0, double[]? need = null, IReadOnlyList<int>? candidates = null,
        bool consortium = false)
    {
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0));
        var scenario = TestScenarios.Contest(n, 100, regime, TestScenarios.Behaviour(rounds: 2), need: need, winners: winners,
            criteria: needWeight == 0 ? [] : [TestScenarios.Weight(SignalKind.Attribute, needWeight, TestScenarios.Need)],
            jointBids: consortium, partnerships: consortium ? [new Partnership("pair", [1, 2], FromYear: 2100)] : null, consortia: consortium ? [0] : null);
        return candidates is null ? scenario : scenario with { Projects = [scenario.Projects[0] with { Candidates = candidates }] };
    }

    private static (List<double> Chances, List<ulong[]> Winners) Run(Scenario scenario, ulong required, int replications = 50)
    {
        var model = new SimulationModel(scenario);
        var condition = new Requirement(required);
        model.Condition = condition;
        var winners = new List<ulong[]>();
        for (var k = 0; k < replications; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(3, k));
            winners.Add(model.RunToEnd().Winners(0).ToArray());
        }
        return (condition.Chances, winners);
    }

    [Fact]
    public void EqualBids_GiveTheRequiredRegionOneChanceInN_AndItAlwaysWins()
    {
        var (chances, winners) = Run(Contest(5), 1UL << 3);

        Assert.All(chances, c => Assert.Equal(0.2, c, 12));
        Assert.All(winners, w => Assert.Equal([1UL << 3], w));
    }

    [Fact]
    public void MeritSetsTheChance_AsALogitOverTheBids()
    {
        // need = (2, 0, 0) with weight 1 → standardised need z = (√2, −1/√2, −1/√2); the rule draws in proportion to exp(z).
        var scenario = Contest(3, needWeight: 1.0, need: [2.0, 0.0, 0.0]);
        var z = new[] { Math.Sqrt(2), -1 / Math.Sqrt(2), -1 / Math.Sqrt(2) };
        var expected = Math.Exp(z[1]) / z.Sum(Math.Exp);

        var (chances, winners) = Run(scenario, 1UL << 1);

        Assert.All(chances, c => Assert.Equal(expected, c, 9));
        Assert.All(winners, w => Assert.Equal([1UL << 1], w));
    }

    [Fact]
    public void TwoRequiredAmongTwoWinners_GetTheChanceOfThatPair()
    {
        var (chances, winners) = Run(Contest(4, winners: 2), (1UL << 0) | (1UL << 2));

        Assert.All(chances, c => Assert.Equal(1.0 / 6.0, c, 12));
        Assert.All(winners, w => Assert.Equal((1UL << 0) | (1UL << 2), w.Aggregate(0UL, (m, b) => m | b)));
    }

    [Fact]
    public void OneRequiredAmongTwoWinners_WinsWithAPartnerDrawnByTheConditionalChances()
    {
        var (chances, winners) = Run(Contest(4, winners: 2), 1UL << 0, replications: 300);

        Assert.All(chances, c => Assert.Equal(0.5, c, 12)); // 2 of 4 equal bids win
        Assert.All(winners, w => Assert.Contains(1UL << 0, w));
        var partners = winners.Select(w => w.Single(b => b != 1UL << 0)).ToList();
        Assert.Equal(3, partners.Distinct().Count()); // each of the other three can partner it
    }

    [Fact]
    public void ARequiredRegionThatDoesNotBid_HasNoChance_AndTheRulePicksAsUsual()
    {
        var (chances, winners) = Run(Contest(4, candidates: [0, 1, 2]), 1UL << 3, replications: 100);

        Assert.All(chances, c => Assert.Equal(0.0, c));
        Assert.Equal(3, winners.Select(w => w.Single()).Distinct().Count()); // the three bidders still win by lot
    }

    [Fact]
    public void ARequiredRegionInAConsortium_WinsWithItsPartner_AtTheConsortiumsChance()
    {
        // Regions 1 and 2 bid as one: three bids of equal merit.
        var (chances, winners) = Run(Contest(4, consortium: true), 1UL << 2);

        Assert.All(chances, c => Assert.Equal(1.0 / 3.0, c, 9));
        Assert.All(winners, w => Assert.Equal([(1UL << 1) | (1UL << 2)], w));
    }

    [Fact]
    public void WhenEveryBidWins_TheChanceIsOneIfTheRequiredRegionsBid_ElseZero()
    {
        var all = Contest(3, winners: 3);

        Assert.All(Run(all, (1UL << 0) | (1UL << 2)).Chances, c => Assert.Equal(1.0, c));
        Assert.All(Run(Contest(3, winners: 2, candidates: [0, 1]), 1UL << 2).Chances, c => Assert.Equal(0.0, c));
    }

    [Fact]
    public void WithoutARequirement_NothingIsImposedOrReported()
    {
        var (chances, winners) = Run(Contest(4), 0UL, replications: 200);

        Assert.Empty(chances);
        Assert.Equal(4, winners.Select(w => w.Single()).Distinct().Count());
    }
}
