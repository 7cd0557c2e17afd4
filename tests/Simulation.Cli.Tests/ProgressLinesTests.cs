namespace Simulation.Cli.Tests;

/// <summary>Progress in a batch job's log: a plain line at most once an interval, none before the first has passed.</summary>
public sealed class ProgressLinesTests
{
    // A clock the test moves by hand; a timer fires at each of its times the clock passes, with the clock at that time.
    private sealed class ManualClock : TimeProvider
    {
        private readonly List<ManualTimer> _timers = [];
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public DateTimeOffset Now
        {
            get => _now;
            set
            {
                while (_timers.Where(t => !t.Disposed && t.Due <= value).MinBy(t => t.Due) is { } timer)
                {
                    _now = timer.Due;
                    timer.Due += timer.Period;
                    timer.Callback(timer.State);
                }
                _now = value;
            }
        }

        public override DateTimeOffset GetUtcNow() => Now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new ManualTimer(callback, state, Now + dueTime, period);
            _timers.Add(timer);
            return timer;
        }

        private sealed class ManualTimer(TimerCallback callback, object? state, DateTimeOffset due, TimeSpan period) : ITimer
        {
            public TimerCallback Callback { get; } = callback;

            public object? State { get; } = state;

            public DateTimeOffset Due { get; set; } = due;

            public TimeSpan Period { get; } = period;

            public bool Disposed { get; private set; }

            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose() => Disposed = true;

            public ValueTask DisposeAsync()
            {
                Disposed = true;
                return ValueTask.CompletedTask;
            }
        }
    }

    private sealed class FullDiskWriter : StringWriter
    {
        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }

    [Fact]
    public void ALogThatCannotBeWritten_LosesItsLine_NotTheRun()
    {
        var clock = new ManualClock();
        using var log = new FullDiskWriter();
        using var progress = new ProgressLines(log, "smoke: 6 points", 6, clock, ProgressLines.Minute);

        clock.Now += TimeSpan.FromMinutes(3); // three beats, on the timer's thread in a real run, where an exception ends the process

        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void ATaskStillOnItsFirstPoint_GetsALineEveryMinute_SayingSo_UntilItIsDisposed()
    {
        var clock = new ManualClock();
        using var log = new StringWriter();
        var progress = new ProgressLines(log, "smoke: 6 points", 6, clock, ProgressLines.Minute);

        clock.Now += TimeSpan.FromSeconds(30);
        Assert.Equal("", log.ToString());
        clock.Now += TimeSpan.FromSeconds(30);
        clock.Now += TimeSpan.FromMinutes(1);
        progress.Dispose();
        clock.Now += TimeSpan.FromMinutes(1);

        Assert.Equal(
            "smoke: 6 points: 0 of 6 (0 %) after 1 min 00 s, the first still running" + Environment.NewLine
            + "smoke: 6 points: 0 of 6 (0 %) after 2 min 00 s, the first still running" + Environment.NewLine, log.ToString());
    }

    [Fact]
    public void ALineIsWrittenOnceAMinute_WithTheShareDoneAndTheTimeLeft_NotMoreOftenForMoreProgress()
    {
        var clock = new ManualClock();
        using var log = new StringWriter();
        using var progress = new ProgressLines(log, "lee-weights: 40 points", 40, clock, ProgressLines.Minute);

        progress.Report(1); // at once: a short command logs nothing
        clock.Now += TimeSpan.FromSeconds(59);
        progress.Report(2);
        Assert.Equal("", log.ToString());

        clock.Now += TimeSpan.FromSeconds(1); // a minute in, 2 of 40 done: nineteen minutes left
        progress.Report(10); // within the minute: no second line
        clock.Now += TimeSpan.FromSeconds(60); // two minutes in, 10 of 40 done: six minutes left
        progress.Report(11);

        Assert.Equal(
            "lee-weights: 40 points: 2 of 40 (5 %) after 1 min 00 s, about 19 min 00 s left" + Environment.NewLine
            + "lee-weights: 40 points: 10 of 40 (25 %) after 2 min 00 s, about 6 min 00 s left" + Environment.NewLine, log.ToString());
        clock.Now += TimeSpan.FromMinutes(78);
        Assert.EndsWith("11 of 40 (28 %) after 1 h 20 min, about 3 h 30 min left" + Environment.NewLine, log.ToString());
    }
}
