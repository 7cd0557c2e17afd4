using Microsoft.Extensions.Hosting;

namespace Simulation.Web.Games;

/// <summary>Closes every round whose deadline has passed, several times a second, so a round never waits for a student who
/// left: the model plays for any region without a decision, as when the teacher judges. Each check also notes that the server
/// is running (<see cref="GameRegistry.NoteAlive"/>), so that after a restart a round gets back the time it lost.</summary>
public sealed class RoundDeadlines(GameRegistry games, TimeProvider clock) : BackgroundService
{
    /// <summary>How often deadlines are checked.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            games.NoteAlive(now);
            foreach (var game in games.All)
            {
                game.CloseIfDue(now);
            }
        }
    }
}
