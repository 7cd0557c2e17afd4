using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Simulation.Application.Games.Journal;
using Simulation.Tests.Shared;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>
/// A round's timer does not run while the server is down: after a restart the open round has the time it had left when the
/// server stopped, instead of being judged for the class the moment the server is back.
/// </summary>
public sealed class RoundTimeAfterRestartTests : IDisposable
{
    private readonly GamesFolder _games = new("regsim-downtime-");

    public void Dispose() => _games.Dispose();

    [Fact]
    public async Task ARoundWhoseTimeWouldHaveRunOutWhileTheServerWasDown_IsStillOpen_WithTheTimeItHadLeft()
    {
        string code;
        DateTimeOffset before;
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        using (var http = new HttpClient { BaseAddress = address })
        {
            var game = new GameClient(http);
            (code, var teacher) = await game.StartWithAsync("""{"scenario":"baseline"}""");
            await game.TakeSeatAsync(code, "Silent", "daegu");
            using var open = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?roundSeconds=6", teacher: teacher);
            before = (await open.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deadline").GetDateTimeOffset();
        }
        await app.StopAsync();
        var stopped = DateTimeOffset.UtcNow;
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await Task.Delay(TimeSpan.FromSeconds(8)); // longer than the round had left

        var (restarted, again) = await ClassroomServerFixture.StartAsync(Options());
        await using (restarted)
        {
            using var http = new HttpClient { BaseAddress = again };
            var view = await new GameClient(http).ViewAsync(code);
            var restartedAt = DateTimeOffset.UtcNow;

            Assert.Equal("deciding", view.GetProperty("phase").GetString());
            var after = view.GetProperty("deadline").GetDateTimeOffset();
            var left = after - restartedAt;
            var hadLeft = before - stopped;
            // Given back to within the server's note of being alive (once a second) and the restart's own time.
            Assert.InRange(left.TotalSeconds, hadLeft.TotalSeconds - 3.0, hadLeft.TotalSeconds + RoundDeadlines.NoteEvery.TotalSeconds + 0.5);
        }
        using var journal = GameJournal.Open(_games.Path);
        Assert.Contains(journal.Load().Single().Events, e => e.Kind == GameEventKind.DeadlineSet && e.Deadline > before);
    }

    private ClassroomOptions Options() => new([], ClassroomServerFixture.ScenariosFolder(), DataFolder: _games.Path) { MaxGames = 10, ComparisonGames = 20 };
}
