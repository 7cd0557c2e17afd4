using Microsoft.Extensions.Hosting;
using Simulation.Application.Games;

namespace Simulation.Web.Games;

/// <summary>Closes every round whose deadline has passed, several times a second, so a round never waits for a student who
/// left: the model plays for any region without a decision, as when the teacher judges. The checks also note that the server
/// is running (<see cref="GameRegistry.NoteAlive"/>), so that after a restart a round gets back the time it lost, and a
/// check long overdue (a laptop that slept) gives the open rounds that time back too.</summary>
public sealed class RoundDeadlines(GameRegistry games, TimeProvider clock) : BackgroundService
{
    /// <summary>How often deadlines are checked.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>How often the server notes that it is running (<see cref="GameRegistry.NoteAlive"/>): the time a restart gives
    /// back is right to within this.</summary>
    public static readonly TimeSpan NoteEvery = TimeSpan.FromSeconds(1);

    /// <summary>A gap between two checks longer than this is a pause of the computer, whose time the open rounds get back.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private DateTimeOffset _checkedAt = clock.GetUtcNow();
    private DateTimeOffset _notedAt = DateTimeOffset.MinValue;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Check(clock.GetUtcNow());
        }
    }

    /// <summary>One check at <paramref name="now"/>: notes the server alive (at most once per <see cref="NoteEvery"/>), gives
    /// the open rounds back the time since the last check when it is longer than <see cref="Pause"/>, and closes every round
    /// whose deadline has passed. Called from one thread, the timer's.</summary>
    public void Check(DateTimeOffset now)
    {
        if (now - _notedAt >= NoteEvery)
        {
            games.NoteAlive(now);
            _notedAt = now;
        }
        // A check long overdue is a computer that slept (or a process stopped): the open rounds get that time back, as after
        // a restart, rather than being judged the moment it wakes.
        var paused = now - _checkedAt > Pause;
        foreach (var game in games.All)
        {
            if (paused)
            {
                game.ResumeAfterDowntime(_checkedAt, now);
            }
            game.CloseIfDue(now);
        }
        _checkedAt = now;
    }
}
