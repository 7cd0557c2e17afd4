using Simulation.Application.Runs;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Explore;

/// <summary>The explore page's runs: what a run says about the run before it, and which runs' results are kept to say it.</summary>
public sealed class ExploreScenarioTests
{
    private static readonly Lazy<Core.Scenario> Smoke = new(() => ScenarioLoader.Load(Repository.Scenario("smoke.json")).Model);

    private static ExploreRequest Request(RunId id, int replications, ulong seed, RunId? previous = null) =>
        new(id, "smoke", Smoke.Value, [new SettingValue("jointBids", "Joint bids", "on")], new RunOptions(replications, seed, 1), previous);

    private static IReadOnlyList<string> Changes(ExploreScenario explore, RunId id, int replications, ulong seed, RunId? previous = null) =>
        explore.Run(Request(id, replications, seed, previous), (_, changes) => changes, null, CancellationToken.None).Changes;

    private static RunId Ran(ExploreScenario explore, int replications = 10, ulong seed = 7)
    {
        var id = explore.Start();
        _ = Changes(explore, id, replications, seed);
        return id;
    }

    [Fact]
    public void ARunsSnapshot_IsKeptBeforeItsResultIsReturned()
    {
        var explore = new ExploreScenario();
        var id = explore.Start();
        RunSnapshot? keptWhileDescribing = new(string.Empty, 0, 0, [], [], []);

        var run = explore.Run(Request(id, 10, 7), (_, _) => keptWhileDescribing = explore.Kept(id), null, CancellationToken.None);

        Assert.Null(keptWhileDescribing); // not kept before the host has described the run
        var kept = explore.Kept(id);
        Assert.NotNull(kept);
        Assert.Equal(run.Result.WinProbabilities, kept.WinProbabilities);
        Assert.Equal(10, kept.Replications);
    }

    [Fact]
    public void SameSeedAndReplications_SaysTheRunsDrewTheSameNumbers()
    {
        var explore = new ExploreScenario();
        var first = Ran(explore, 10, 7);

        var changes = Changes(explore, explore.Start(), 10, 7, first);

        Assert.Contains(changes, c => c.Contains("same random numbers", StringComparison.Ordinal) && c.Contains("not by luck", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, 30, 10, 20, "this run")]
    [InlineData(30, 10, 10, 20, "the last run")]
    public void SameSeedButOtherReplications_SaysOnlyTheSharedReplicationsDrewTheSameNumbers(int before, int after, int shared, int extra, string which)
    {
        var explore = new ExploreScenario();
        var first = Ran(explore, before, 7);

        var changes = Changes(explore, explore.Start(), after, 7, first);

        var draws = Assert.Single(changes, c => c.Contains("random numbers", StringComparison.Ordinal));
        Assert.DoesNotContain("not by luck", draws, StringComparison.Ordinal);
        Assert.Contains($"first {shared} replications drew the same random numbers", draws, StringComparison.Ordinal);
        Assert.Contains($"the other {extra} of {which}", draws, StringComparison.Ordinal);
        Assert.Contains("sampling noise", draws, StringComparison.Ordinal);
        Assert.Contains(changes, c => c.Contains($"replications, {before} → {after}", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherSeed_SaysPartOfWhatMovedIsLuck()
    {
        var explore = new ExploreScenario();
        var first = Ran(explore, 10, 7);

        var changes = Changes(explore, explore.Start(), 10, 8, first);

        Assert.Contains(changes, c => c.Contains("different random numbers (seed 7, then 8)", StringComparison.Ordinal));
    }

    [Fact]
    public void ARunNoLongerKept_IsSaidToBeForgotten_AndAnUnknownOne_Unknown()
    {
        var explore = new ExploreScenario(keptSnapshots: 1, knownRuns: 4);
        var dropped = Ran(explore);
        _ = Ran(explore); // keeps one snapshot only: the first is dropped
        Assert.True(RunId.TryParse("0123456789abcdef", out var unknown));

        Assert.Equal([RunChangeNarrative.Forgotten], Changes(explore, explore.Start(), 10, 7, dropped));
        Assert.Equal([RunChangeNarrative.Unknown], Changes(explore, explore.Start(), 10, 7, unknown));
        Assert.NotEqual(RunChangeNarrative.Forgotten, RunChangeNarrative.Unknown);
    }

    [Fact]
    public void ARunWhoseIdIsNoLongerRemembered_IsUnknown_NotSaidToBeKeptOrDropped()
    {
        var explore = new ExploreScenario(keptSnapshots: 1, knownRuns: 2);
        var oldest = Ran(explore);
        _ = explore.Start();
        _ = explore.Start(); // a third id: the oldest is forgotten altogether

        Assert.Equal([RunChangeNarrative.Unknown], Changes(explore, explore.Start(), 10, 7, oldest));
    }

    [Fact]
    public void ARunWhoseDescriptionFailed_KeepsNoSnapshot_AndALaterRunSaysItDidNotFinish()
    {
        var explore = new ExploreScenario();
        var failed = explore.Start();

        Assert.Throws<InvalidOperationException>(() =>
            explore.Run<string>(Request(failed, 10, 7), (_, _) => throw new InvalidOperationException("cannot describe"), null, CancellationToken.None));

        Assert.Null(explore.Kept(failed));
        Assert.Equal([RunChangeNarrative.Unfinished], Changes(explore, explore.Start(), 10, 7, failed));
    }

    [Fact]
    public void ACancelledRun_KeepsNoSnapshot()
    {
        var explore = new ExploreScenario();
        var cancelled = explore.Start();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => explore.Run(Request(cancelled, 1000, 7), (_, c) => c, null, cancel.Token));

        Assert.Null(explore.Kept(cancelled));
    }

    [Theory]
    [InlineData("0123456789abcdef", true)]
    [InlineData("0123456789ABCDEF", true)]
    [InlineData("", false)]
    [InlineData("0123456789abcde", false)]
    [InlineData("0123456789abcdeg", false)]
    [InlineData("0123456789abcdef0", false)]
    [InlineData(null, false)]
    public void RunId_IsSixteenHexDigits(string? text, bool wellFormed)
    {
        Assert.Equal(wellFormed, RunId.TryParse(text, out var id));
        if (wellFormed)
        {
            Assert.Equal(text!.ToLowerInvariant(), id.Text);
        }
    }

    [Fact]
    public void NewRunIds_AreWellFormed_AndDiffer()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => RunId.New()).ToList();

        Assert.All(ids, id => Assert.True(RunId.TryParse(id.Text, out var parsed) && parsed == id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
