using System.Globalization;

namespace Simulation.Cli;

/// <summary>
/// Progress as plain lines, one an interval, for an error stream that is not a terminal: a batch job's log, which
/// <c>tail -f</c> follows while a shard runs for hours and where a redrawn bar would be noise. Nothing is written before the
/// first interval has passed, so a short command's log holds no progress at all; after that a line comes every interval
/// even when nothing has finished since the last, so that a task still on a long first point does not look hung.
/// </summary>
public sealed class ProgressLines : IProgress<long>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TextWriter _log;
    private readonly string _description;
    private readonly long _total;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly DateTimeOffset _started;
    private readonly ITimer _beat;
    private DateTimeOffset _lastLine;
    private long _value;
    private bool _disposed;

    /// <summary>Starts the interval's clock at once.</summary>
    public ProgressLines(TextWriter log, string description, long total, TimeProvider clock, TimeSpan interval)
    {
        (_log, _description, _total, _clock, _interval) = (log, description, total, clock, interval);
        _started = _lastLine = clock.GetUtcNow();
        _beat = clock.CreateTimer(_ => Beat(), null, interval, interval);
    }

    /// <summary>The interval of a batch job's log: a line a minute.</summary>
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public void Report(long value)
    {
        lock (_gate)
        {
            _value = value;
        }
        Write();
    }

    /// <summary>Stops the lines (the work is over): none comes after this returns, not even from a beat under way.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
        _beat.Dispose();
    }

    // A beat runs on a timer's thread, where an exception would end the process: a log that cannot be written (a full disk,
    // a closed stream) loses its progress line, not the run.
    private void Beat()
    {
        try
        {
            Write(slack: TimeSpan.FromSeconds(1));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }

    // A line unless one was written within the interval; a beat allows a second of slack, as its timer and the clock
    // it reads need not agree to the millisecond.
    private void Write(TimeSpan slack = default)
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            if (_disposed || now - _lastLine < _interval - slack)
            {
                return;
            }
            _lastLine = now;
            var share = _total > 0 ? (double)_value / _total : 0.0;
            var elapsed = now - _started;
            var left = share > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - share) / share) : (TimeSpan?)null;
            var tail = left is { } l ? $", about {Duration(l)} left" : _value == 0 ? ", the first still running" : "";
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_description}: {_value:N0} of {_total:N0} ({share:P0}) after {Duration(elapsed)}{tail}"));
            _log.Flush();
        }
    }

    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds:00} s");
}
