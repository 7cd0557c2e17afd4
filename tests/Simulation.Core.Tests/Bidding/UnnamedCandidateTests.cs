using Simulation.Core.Bidding;
using Simulation.Core.Projects;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

/// <summary>Candidates a record counts without naming: drawn from their pool in every replication, each set equally likely,
/// beside the named candidates; a played region of the pool is a candidate whatever the draw.</summary>
public class UnnamedCandidateTests
{
    private const int Replications = 3000;

    // Six regions: 0 and 1 named, two more drawn from 2-5. A Tullock contest every region enters (temperature 0, prize
    // far above any effort), so the bids are exactly the candidates.
    private static Scenario WithPool() => TestScenarios.Contest(6, 100, TestScenarios.Regime(TestScenarios.Tullock(1.0)),
        TestScenarios.Behaviour(rounds: 1)) is var s
        ? s with { Projects = [s.Projects[0] with { Candidates = [0, 1], Unnamed = new UnnamedCandidates(2, [2, 3, 4, 5]) }] }
        : s;

    private static int[] Bidders(Scenario scenario, long replication, PlayedRegions? players = null)
    {
        var model = new SimulationModel(scenario) { Players = players };
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(17, replication));
        return [.. LastBids.Of(model).Bids.Select(b => b.Lead).Order()];
    }

    [Fact]
    public void EachReplication_HasTheNamedCandidatesAndExactlyCountOfThePool_EachPairEquallyLikely()
    {
        var scenario = WithPool();
        var pairs = new Dictionary<string, int>();
        for (var k = 0; k < Replications; k++)
        {
            var bidders = Bidders(scenario, k);
            Assert.Equal(4, bidders.Length);
            Assert.Equal([0, 1], bidders[..2]);
            var pair = string.Join("-", bidders[2..]);
            pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
        }

        Assert.Equal(6, pairs.Count); // C(4, 2) sets, every one drawn
        foreach (var (pair, count) in pairs)
        {
            Frequencies.AssertClose(1.0 / 6, (double)count / Replications, Replications, pair);
        }
    }

    [Fact]
    public void APlayedRegionOfThePool_BidsWhateverTheDraw_AndTheOthersAreDrawnAsWithoutIt()
    {
        var scenario = WithPool();
        var players = new PlayedRegions(6);
        players.Set(5, new PlayerChoice(true, 1, false));
        for (var k = 0; k < 200; k++)
        {
            var alone = Bidders(scenario, k);
            var played = Bidders(scenario, k, players);

            Assert.Contains(5, played);
            Assert.Equal(alone.Where(r => r != 5), played.Where(r => r != 5));
        }
    }

    [Fact]
    public void TheObserver_IsToldTheCandidates_EvenThoseThatStayOut()
    {
        // Named region 1 and pool region 5 are played and do not bid: both are candidates, neither is among the bids.
        var scenario = WithPool();
        var players = new PlayedRegions(6);
        players.Set(1, new PlayerChoice(false, 0, false));
        players.Set(5, new PlayerChoice(false, 0, false));
        for (var k = 0; k < 50; k++)
        {
            var model = new SimulationModel(scenario) { Players = players };
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(17, k));
            var last = LastBids.Of(model);
            var alone = Bidders(scenario, k).Aggregate(0UL, (m, r) => m | (1UL << r));

            Assert.Equal(alone | (1UL << 5), last.Candidates);
            Assert.DoesNotContain(last.Bids, b => b.Lead is 1 or 5);
        }
    }

    [Fact]
    public void APoolAsLargeAsItsCount_IsAlwaysDrawnWhole()
    {
        var scenario = WithPool();
        scenario = scenario with { Projects = [scenario.Projects[0] with { Unnamed = new UnnamedCandidates(2, [4, 2]) }] };

        for (var k = 0; k < 50; k++)
        {
            Assert.Equal([0, 1, 2, 4], Bidders(scenario, k));
        }
    }
}
