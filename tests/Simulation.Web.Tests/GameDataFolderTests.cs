using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Simulation.Web.Games.Journal;

namespace Simulation.Web.Tests;

/// <summary>
/// The games' data folder as a teacher handles it: once the server has stopped, <c>games.db</c> alone holds every game (a
/// copy of it is a backup); a second server on the same folder is refused while the first runs; and a row that does not
/// read or replay refuses the database with the game it belongs to, rather than failing on a student's first click.
/// </summary>
public sealed class GameDataFolderTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("regsim-data-").FullName;
    private readonly string _copy = Directory.CreateTempSubdirectory("regsim-backup-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_copy, recursive: true);
    }

    [Fact]
    public async Task AStoppedServer_LeavesEveryGameInGamesDbAlone_SoACopyOfItIsABackup()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        string code;
        using (var http = new HttpClient { BaseAddress = address })
        {
            using var started = await http.PostAsync("api/games", GameClient.Json("""{"scenario":"baseline"}"""));
            code = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
            var game = new GameClient(http);
            for (var i = 0; i < 5; i++)
            {
                await game.TakeSeatAsync(code, $"Student {i}");
            }
        }
        await app.StopAsync();
        await app.DisposeAsync();

        File.Copy(Path.Combine(_data, GameJournal.FileName), Path.Combine(_copy, GameJournal.FileName));
        using var backup = GameJournal.Open(_copy);
        var (record, events) = Assert.Single(backup.Load());
        Assert.Equal(code, record.Code);
        Assert.Equal(5, events.Count(e => e.Kind == GameEventKind.SeatTaken));
    }

    [Fact]
    public async Task ASecondServerOnTheSameFolder_IsRefused_UntilTheFirstStops()
    {
        var (app, _) = await ClassroomServerFixture.StartAsync(Options());

        var e = Assert.Throws<GameDatabaseRefusedException>(() => ClassroomServer.Build(Options()));
        Assert.Contains("another regsim serve is using it", e.Message);

        await app.DisposeAsync();
        await using var next = ClassroomServer.Build(Options());
    }

    [Fact]
    public void AnEventThatDoesNotRead_RefusesTheDatabase_NamingItsGameAndNumber()
    {
        using (var journal = GameJournal.Open(_data))
        {
            journal.Create(new GameRecord("ABCDEF", "t", "smoke", "{}", 1, 0, 0, TeamRules.Single, DateTimeOffset.UnixEpoch));
            journal.Append("ABCDEF", 0, new GameEvent(GameEventKind.Advanced, DateTimeOffset.UnixEpoch));
        }
        Execute("UPDATE events SET event = '{\"broken' WHERE seq = 0");

        using var reopened = GameJournal.Open(_data);
        var e = Assert.Throws<GameDatabaseRefusedException>(() => reopened.Load());

        Assert.Contains("event 0 of game ABCDEF", e.Message);
    }

    [Fact]
    public async Task AGameThatDoesNotReplay_StopsTheServerFromStarting_NamingTheGame()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        string code;
        using (var http = new HttpClient { BaseAddress = address })
        {
            using var started = await http.PostAsync("api/games", GameClient.Json("""{"scenario":"baseline"}"""));
            code = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
            await new GameClient(http).TakeSeatAsync(code, "Ana");
        }
        await app.DisposeAsync();
        Execute("UPDATE events SET event = json_set(event, '$.region', 'atlantis') WHERE event LIKE '%SeatTaken%'");

        var e = Assert.Throws<GameDatabaseRefusedException>(() => ClassroomServer.Build(Options()));

        Assert.Contains($"game {code} does not replay", e.Message);
        using var reopened = GameJournal.Open(_data); // the refused server let the folder go
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, GameJournal.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private ClassroomOptions Options() => new([], ClassroomServerFixture.ScenariosFolder(), DataFolder: _data) { MaxGames = 100, ComparisonGames = 50 };
}
