using Simulation.Application.Replays;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Replays;

public sealed class ReplayReplicationTests
{
    private static readonly Core.Scenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;

    [Fact]
    public void AModeTheScenarioDoesNotHave_IsRefused_NamingTheModesItHas()
    {
        var refused = Assert.Throws<UnknownModeException>(() => ReplayReplication.Run(new ReplayRequest(Baseline, "Lee", 0, null)));

        Assert.Equal("Lee", refused.Mode);
        Assert.Equal(["timeline", "roh", "lee"], refused.Modes);
        Assert.Contains("use one of timeline, roh, lee", refused.Message);
    }

    [Fact]
    public void WithoutAModeOrSeed_TheTimelineIsToldWithTheScenariosSeed()
    {
        var (_, seed, replay) = ReplayReplication.Run(new ReplayRequest(Baseline, null, 3, null));

        Assert.Equal("timeline", replay.Mode);
        Assert.Equal(Baseline.Seed, seed);
        Assert.Equal(3, replay.Replication);
        Assert.Equal(Baseline.Timeline.LastYear - Baseline.Timeline.FirstYear + 1, replay.Years.Count);
    }

    [Fact]
    public void AnotherSeed_TellsAnotherHistory_AndTheSameSeedTheSameOne()
    {
        static string Winners(ReplayRequest request) => string.Join(";", ReplayReplication.Run(request).Replay.Years
            .SelectMany(y => y.Competitions).SelectMany(c => c.Bids).Where(b => b.Won).Select(b => string.Join("+", b.Regions)));

        var first = Enumerable.Range(0, 8).Select(r => Winners(new ReplayRequest(Baseline, "lee", r, 11))).ToList();

        Assert.Equal(first, Enumerable.Range(0, 8).Select(r => Winners(new ReplayRequest(Baseline, "lee", r, 11))));
        Assert.NotEqual(first, Enumerable.Range(0, 8).Select(r => Winners(new ReplayRequest(Baseline, "lee", r, 12))));
    }
}
