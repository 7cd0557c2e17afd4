using Simulation.Core;
using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Scoring;

namespace Simulation.Experiments.Tests.Scoring;

/// <summary>The agents-off null really switches the agents off, and only them.</summary>
public class AgentsOffTests
{
    private static readonly Scenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;

    private sealed class BidLog : ICompetitionObserver
    {
        public List<(int Project, Bid[] Bids)> Competitions { get; } = [];

        public void CompetitionJudged(int project, int year, int regime, ReadOnlySpan<Bid> bids, ReadOnlySpan<int> winners, ulong candidates) =>
            Competitions.Add((project, bids.ToArray()));
    }

    private static (BidLog Log, ReplicationOutcome Outcome, double[] CapacityAtStart) Run(Scenario scenario, long replication)
    {
        var model = new SimulationModel(scenario);
        var log = new BidLog();
        model.Observer = log;
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(scenario.Seed, replication));
        var start = model.Governments.Select(g => g.Capacity).ToArray();
        var outcome = model.RunToEnd();
        return (log, outcome, start);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void EveryCandidateBids_AtTheLeastABidCosts_AsOneOnlyInTheRecordsConsortia_AndCapacityNeverChanges(long replication)
    {
        var off = AgentsOff.Of(Baseline);

        var (log, outcome, start) = Run(off, replication);

        Assert.Equal(Baseline.Projects.Count, log.Competitions.Count);
        foreach (var (project, bids) in log.Competitions)
        {
            var spec = off.Projects[project];
            var floor = BidTerms.EffortFloor(off.Behaviour, spec);
            Assert.All(bids, b => Assert.Equal(floor, b.Effort));
            var consortia = spec.Consortia.Select(p => off.Partnerships[p].Members.Count - 1).Sum();
            Assert.Equal(spec.CandidateCount(off.Regions.Count) - consortia, bids.Length);
            Assert.All(bids.Where(b => b.IsJoint), b => Assert.Contains(spec.Consortia, p => off.Partnerships[p].Members.Aggregate(0UL, (m, r) => m | (1UL << r)) == b.Members));
        }
        Assert.Equal(start, outcome.Capacity);
    }

    [Fact]
    public void WithTheAgentsOn_EffortAndCapacityMove()
    {
        var (log, outcome, start) = Run(Baseline, 0);

        Assert.Contains(log.Competitions, c => c.Bids.Select(b => b.Effort).Distinct().Count() > 1);
        Assert.NotEqual(start, outcome.Capacity);
    }

    [Fact]
    public void MeritAndTheSelectionRule_AreLeftAsTheyAre()
    {
        var off = AgentsOff.Of(Baseline);

        Assert.Equal(Baseline.Regions, off.Regions);
        Assert.Equal(Baseline.Regimes, off.Regimes);
        Assert.Equal(Baseline.Projects, off.Projects);
        Assert.Equal(Baseline.Indices, off.Indices);
    }
}
