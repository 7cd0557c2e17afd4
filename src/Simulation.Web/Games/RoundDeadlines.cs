using Microsoft.Extensions.Hosting;

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

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        var checkedAt = clock.GetUtcNow();
        var notedAt = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            if (now - notedAt >= NoteEvery)
            {
                games.NoteAlive(now);
                notedAt = now;
            }
            // A tick long overdue is a computer that slept (or a process stopped): the open rounds get that time back, as
            // after a restart, rather than being judged the moment it wakes.
            var paused = now - checkedAt > Pause;
            foreach (var game in games.All)
            {
                if (paused)
                {
                    game.ResumeAfterDowntime(checkedAt, now);
                }
                game.CloseIfDue(now);
            }
            checkedAt = now;
        }
    }
}
