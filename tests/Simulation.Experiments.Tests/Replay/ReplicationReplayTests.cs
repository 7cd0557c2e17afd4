using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Replay;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Replay;

public class ReplicationReplayTests
{
    private static readonly Scenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;

    private static RegimeMode Mode(string label) => Baseline.Modes().Single(m => m.Label == label);

    [Fact]
    public void Replay_TellsEveryYearOfTheHorizon_WithTheRegimeInForceAndItsCompetitions()
    {
        var replay = ReplicationReplay.Run(Baseline, Mode("timeline"), Baseline.Seed, 3);

        Assert.Equal(Enumerable.Range(2003, 13), replay.Years.Select(y => y.Year));
        Assert.All(replay.Years, y => Assert.Equal(y.Year <= 2007 ? "roh" : "lee", y.Regime));
        Assert.Equal(["maglev", "robotLand"], replay.Years.Single(y => y.Year == 2007).Competitions.Select(c => c.Project));
        Assert.Equal(["medicalComplex"], replay.Years.Single(y => y.Year == 2009).Competitions.Select(c => c.Project));
        Assert.Equal(3, replay.Years.Sum(y => y.Competitions.Count));
        Assert.Equal(Baseline.Regions.Select(r => r.Id), replay.Regions);
    }

    [Fact]
    public void AWinnersChance_IsWrittenInTheReasonAsTheBidsTableWritesIt()
    {
        // Replications until one has a winner whose chance the table writes with a decimal (below 9.95 %): "6.5 %", never "7 %".
        var withDecimal = 0;
        for (var replication = 0; replication < 200 && withDecimal == 0; replication++)
        {
            foreach (var competition in ReplicationReplay.Run(Baseline, Mode("timeline"), Baseline.Seed, replication).Years.SelectMany(y => y.Competitions))
            {
                var winners = competition.Bids.Where(b => b.Won).ToList();
                if (winners.Count == competition.Bids.Count)
                {
                    continue; // every bid won: the reason says so, without chances
                }
                foreach (var (winner, why) in winners.Zip(competition.Why))
                {
                    var chance = Experiments.Narration.ResultNarrative.Percent(winner.Chance);
                    Assert.Contains($" {chance} % chance before the selection", why, StringComparison.Ordinal);
                    withDecimal += chance.Contains('.', StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }
        Assert.True(withDecimal > 0, "no winner in 200 replications had a chance below 9.95 %");
    }

    [Fact]
    public void Records_ListBidsByChance_WithTheProjectsWinnersAndAReasonForEach()
    {
        var replay = ReplicationReplay.Run(Baseline, Mode("lee"), Baseline.Seed, 11);

        foreach (var competition in replay.Years.SelectMany(y => y.Competitions))
        {
            var project = Baseline.Projects.Single(p => p.Id == competition.Project);
            Assert.Equal(Math.Min(project.Winners, competition.Bids.Count), competition.Bids.Count(b => b.Won));
            Assert.Equal(competition.Bids.OrderByDescending(b => b.Chance).Select(b => b.Chance), competition.Bids.Select(b => b.Chance));
            Assert.Equal(Math.Min(project.Winners, competition.Bids.Count), competition.Bids.Sum(b => b.Chance), 6);
            Assert.All(competition.Bids.SelectMany(b => b.Regions), id => Assert.Contains(id, competition.Candidates));
            if (competition.Bids.Count > project.Winners)
            {
                Assert.Equal(project.Winners, competition.Why.Count);
                Assert.All(competition.Why, sentence => Assert.Contains(" won: ", sentence));
                // Ranks up to tenth in words, so one sentence does not read "second" and the next "5th".
                Assert.All(competition.Why, sentence => Assert.DoesNotMatch(@"\b([1-9]|10)(st|nd|rd|th) (on the criteria|in effort)", sentence));
            }
            else
            {
                Assert.Single(competition.Why);
            }
            Assert.Equal("lee", competition.Regime);
        }
    }

    [Fact]
    public void ResourcesSoFar_NeverFall()
    {
        var replay = ReplicationReplay.Run(Baseline, Mode("roh"), Baseline.Seed, 0);

        for (var y = 1; y < replay.Years.Count; y++)
        {
            for (var r = 0; r < replay.Regions.Count; r++)
            {
                Assert.True(replay.Years[y].ResourcesPerCapita[r] >= replay.Years[y - 1].ResourcesPerCapita[r], $"{replay.Regions[r]} in {replay.Years[y].Year}");
            }
        }
    }

    [Fact]
    public void ReplicationK_IsExactlyMonteCarlosReplicationK_UnderEveryMode()
    {
        const int replications = 24;
        const ulong seed = 77;
        var observed = new Observed(Baseline);
        MonteCarlo.Run(Baseline, new RunOptions(replications, seed, 2), [observed]);

        foreach (var mode in Baseline.Modes())
        {
            for (var k = 0; k < replications; k++)
            {
                var replay = ReplicationReplay.Run(Baseline, mode, seed, k);
                var winners = Baseline.Projects.Select(p => replay.Years.SelectMany(y => y.Competitions).Where(c => c.Project == p.Id)
                    .SelectMany(c => c.Bids.Where(b => b.Won).Select(b => string.Join("+", b.Regions))).Order(StringComparer.Ordinal).ToList()).ToList();
                var (expectedWinners, expectedResources) = observed.Runs[(k, mode.Label)];
                Assert.Equal(expectedWinners, winners);
                Assert.Equal(expectedResources, replay.Years[^1].ResourcesPerCapita);
            }
        }
    }

    // Copies out what the replay can be checked against: winners per project and final resources per person.
    private sealed class Observed(Scenario scenario) : IReplicationObserver
    {
        public Dictionary<(long, string), (List<List<string>> Winners, double[] Resources)> Runs { get; } = [];

        public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
        {
            var winners = scenario.Projects.Select((_, p) => outcome.Winners(p).ToArray().Select(Ids).Order(StringComparer.Ordinal).ToList()).ToList();
            Runs[(replication, mode.Label)] = (winners, [.. outcome.ResourcesPerCapita]);
        }

        private string Ids(ulong members) =>
            string.Join("+", Enumerable.Range(0, scenario.Regions.Count).Where(r => (members & (1UL << r)) != 0).Select(r => scenario.Regions[r].Id));
    }
}
