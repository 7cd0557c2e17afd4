using Simulation.Application.Runs;

namespace Simulation.Application.Tests.Explore;

/// <summary>The explore page's runs wait their turn first come, first served, each told its place and a rough wait.</summary>
public sealed class RunQueueTests
{
    [Fact]
    public async Task RunsStart_InTheOrderTheyJoined_AsSlotsFree()
    {
        var queue = new RunQueue(slots: 1, capacity: 10);
        var first = Join(queue, 100)!;
        var waiting = Enumerable.Range(0, 5).Select(_ => Join(queue, 100)!).ToList();
        await first.WaitAsync(CancellationToken.None);
        Assert.All(waiting, t => Assert.False(t.IsAdmitted));
        Assert.Equal([1, 2, 3, 4, 5], waiting.Select(t => t.Place!.Place));

        first.Finish();
        for (var i = 0; i < waiting.Count; i++)
        {
            // Each run that ends lets in exactly the next in line; the rest move up one place.
            Assert.Equal(Enumerable.Range(0, waiting.Count).Select(k => k <= i), waiting.Select(t => t.IsAdmitted));
            Assert.Equal(Enumerable.Range(1, waiting.Count - i - 1), waiting.Skip(i + 1).Select(t => t.Place!.Place));
            waiting[i].Finish();
        }
    }

    [Fact]
    public async Task ARunThatLeavesTheLine_GivesItsPlaceToThoseBehind_AndIsNeverAdmitted()
    {
        var queue = new RunQueue(slots: 1, capacity: 10);
        var computing = Join(queue, 100)!;
        var (a, b, c) = (Join(queue, 100)!, Join(queue, 100)!, Join(queue, 100)!);
        using var cancel = new CancellationTokenSource();
        var bWaits = b.WaitAsync(cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bWaits);

        Assert.Equal(1, a.Place!.Place);
        Assert.Equal(2, c.Place!.Place);
        Assert.Null(b.Place);
        computing.Dispose();
        Assert.True(a.IsAdmitted);
        a.Dispose();
        Assert.True(c.IsAdmitted);
        Assert.False(b.IsAdmitted);
    }

    [Fact]
    public void AFullLine_RefusesTheNextRun_UntilOneStarts()
    {
        var queue = new RunQueue(slots: 2, capacity: 3);
        var computing = new[] { Join(queue, 10)!, Join(queue, 10)! };
        var waiting = new[] { Join(queue, 10), Join(queue, 10), Join(queue, 10) };

        Assert.All(waiting, Assert.NotNull);
        Assert.Null(Join(queue, 10));
        computing[0].Finish();
        Assert.NotNull(Join(queue, 10));
    }

    [Fact]
    public void TheWait_IsUnknownBeforeARunFinishes_ThenReckonedFromThePaceOfTheLastFinishedRun()
    {
        var clock = new TestClock();
        var queue = new RunQueue(slots: 1, capacity: 10, clock);
        var first = Join(queue, 1000)!;
        var second = Join(queue, 1000)!;
        Assert.Null(second.Place!.Wait);
        Assert.Equal("1st in line", second.Place.Text);

        clock.Advance(TimeSpan.FromSeconds(4)); // 4 ms a replication
        first.Finish();
        var third = Join(queue, 500)!;
        var fourth = Join(queue, 2000)!;
        clock.Advance(TimeSpan.FromSeconds(1));

        // The second run computes, 3 s of its 4 s left; the third waits for it, the fourth for both (3 s + 2 s).
        Assert.Equal(TimeSpan.FromSeconds(3), third.Place!.Wait);
        Assert.Equal(TimeSpan.FromSeconds(5), fourth.Place!.Wait);
        Assert.Equal("2nd in line, about 5 s", fourth.Place.Text);
    }

    [Fact]
    public void AFasterRun_SetsThePaceAtOnce()
    {
        var clock = new TestClock();
        var queue = new RunQueue(slots: 1, capacity: 10, clock);
        var slow = Join(queue, 1000)!;
        var fast = Join(queue, 1000)!;
        var waiting = Join(queue, 1000)!;
        clock.Advance(TimeSpan.FromSeconds(4)); // 4 ms a replication
        slow.Finish();
        Assert.Equal(TimeSpan.FromSeconds(4), waiting.Place!.Wait);

        clock.Advance(TimeSpan.FromSeconds(1)); // 1 ms a replication
        fast.Finish();
        var behind = Join(queue, 3000)!;

        Assert.Equal(TimeSpan.FromSeconds(1), behind.Place!.Wait);
    }

    [Fact]
    public void WithTwoSlots_ARunWaitsForTheFirstSlotToFree()
    {
        var clock = new TestClock();
        var queue = new RunQueue(slots: 2, capacity: 10, clock);
        var paced = Join(queue, 1000)!;
        clock.Advance(TimeSpan.FromSeconds(2)); // 2 ms a replication
        paced.Finish();
        _ = Join(queue, 1000); // 2 s
        _ = Join(queue, 5000); // 10 s
        var next = Join(queue, 1000)!;
        var after = Join(queue, 1000)!;

        Assert.Equal(TimeSpan.FromSeconds(2), next.Place!.Wait); // the first slot frees after 2 s
        Assert.Equal(TimeSpan.FromSeconds(4), after.Place!.Wait); // that slot again, after the run before it
    }

    [Theory]
    [InlineData(1, 3, "1st in line, about 3 s")]
    [InlineData(2, 12.2, "2nd in line, about 15 s")]
    [InlineData(3, 9.4, "3rd in line, about 10 s")]
    [InlineData(4, 41, "4th in line, about 40 s")]
    [InlineData(11, 95, "11th in line, about 2 min")]
    [InlineData(12, 0.2, "12th in line, about 1 s")]
    [InlineData(13, 60, "13th in line, about 1 min")]
    [InlineData(21, 1, "21st in line, about 1 s")]
    [InlineData(22, 1, "22nd in line, about 1 s")]
    [InlineData(23, 1, "23rd in line, about 1 s")]
    [InlineData(111, 1, "111th in line, about 1 s")]
    public void APlace_ReadsAsAnOrdinalAndARoughWait(int place, double seconds, string text) =>
        Assert.Equal(text, new QueuePlace(place, TimeSpan.FromSeconds(seconds)).Text);

    private static RunTurn? Join(RunQueue queue, long replications)
    {
        var turn = queue.TryJoin();
        turn?.Expect(replications);
        return turn;
    }

    // A clock that moves only when told.
    private sealed class TestClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
