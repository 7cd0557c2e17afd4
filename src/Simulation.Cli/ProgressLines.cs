using System.Globalization;

namespace Simulation.Cli;

/// <summary>
/// Progress as plain lines, at most one an interval, for an error stream that is not a terminal: a batch job's log, which
/// <c>tail -f</c> follows while a shard runs for hours and where a redrawn bar would be noise. Nothing is written before the
/// first interval has passed, so a short command's log holds no progress at all.
/// </summary>
public sealed class ProgressLines(TextWriter log, string description, long total, TimeProvider clock, TimeSpan interval) : IProgress<long>
{
    private readonly Lock _gate = new();
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private DateTimeOffset _lastLine = clock.GetUtcNow();

    /// <summary>The interval of a batch job's log: a line a minute.</summary>
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public void Report(long value)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (now - _lastLine < interval)
            {
                return;
            }
            _lastLine = now;
            var share = total > 0 ? (double)value / total : 0.0;
            var elapsed = now - _started;
            var left = share > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - share) / share) : (TimeSpan?)null;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{description}: {value:N0} of {total:N0} ({share:P0}) after {Duration(elapsed)}{(left is { } l ? $", about {Duration(l)} left" : "")}"));
            log.Flush();
        }
    }

    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds:00} s");
}
