namespace Simulation.Cli.Tests;

/// <summary>Progress in a batch job's log: a plain line at most once an interval, none before the first has passed.</summary>
public sealed class ProgressLinesTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void ALineIsWrittenOnceAMinuteAtMost_WithTheShareDoneAndTheTimeLeft()
    {
        var clock = new ManualClock();
        using var log = new StringWriter();
        var progress = new ProgressLines(log, "lee-weights: 40 points", 40, clock, ProgressLines.Minute);

        progress.Report(1); // at once: a short command logs nothing
        clock.Now += TimeSpan.FromSeconds(59);
        progress.Report(2);
        Assert.Equal("", log.ToString());

        clock.Now += TimeSpan.FromSeconds(61); // two minutes in, 10 of 40 done: six minutes left
        progress.Report(10);
        progress.Report(11); // within the minute: no second line
        Assert.Equal("lee-weights: 40 points: 10 of 40 (25 %) after 2 min 00 s, about 6 min 00 s left" + Environment.NewLine, log.ToString());

        clock.Now += TimeSpan.FromMinutes(78);
        progress.Report(40);
        Assert.EndsWith("40 of 40 (100 %) after 1 h 20 min, about 0 min 00 s left" + Environment.NewLine, log.ToString());
        Assert.Equal(2, log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
