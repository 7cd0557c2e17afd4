using Microsoft.Data.Sqlite;
using Simulation.Application.Games.Journal;

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
        var code = await PlayAndStopAsync("Student 0", "Student 1", "Student 2", "Student 3", "Student 4");

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
        Assert.EndsWith("stop that server, or give this one another --data folder.", e.Message);
        Assert.DoesNotContain("move it away", e.Message); // the file is only in use, not unusable

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

    [Theory]
    [InlineData("UPDATE games SET record = '{}'", "the record of game")]
    [InlineData("UPDATE games SET record = json_set(record, '$.code', 'OTHER1')", "names another game")]
    [InlineData("PRAGMA foreign_keys = OFF; DELETE FROM games", "which has no record")]
    public async Task AGameRecordThatDoesNotRead_StopsTheServerFromStarting_InOneLine(string damage, string reason)
    {
        var code = await PlayAndStopAsync("Ana");
        Execute(damage);

        var e = Assert.Throws<GameDatabaseRefusedException>(() => ClassroomServer.Build(Options()));

        Assert.Contains(reason, e.Message);
        Assert.Contains(code, e.Message);
    }

    [Fact]
    public async Task AGameThatDoesNotReplay_StopsTheServerFromStarting_NamingTheGame()
    {
        var code = await PlayAndStopAsync("Ana");
        Execute("UPDATE events SET event = json_set(event, '$.region', 'atlantis') WHERE event LIKE '%SeatTaken%'");

        var e = Assert.Throws<GameDatabaseRefusedException>(() => ClassroomServer.Build(Options()));

        Assert.Contains($"game {code} does not replay", e.Message);
        using var reopened = GameJournal.Open(_data); // the refused server let the folder go
    }

    [Theory]
    [InlineData("-500")]
    [InlineData("1e9")]
    public async Task AProposalTheRoundWouldRefuse_StopsTheServerFromStarting_NamingTheGame(string effort)
    {
        string code;
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        using (var http = new HttpClient { BaseAddress = address })
        {
            var game = new GameClient(http);
            (code, var teacher) = await game.StartAsync();
            var (ana, _) = await game.TakeSeatAsync(code, "Ana", "daegu"); // a Maglev candidate
            await game.AdvanceAsync(code, teacher);
            await game.DecideAsync(code, ana, """{"bid":true,"effort":2}""");
        }
        await app.StopAsync();
        await app.DisposeAsync();
        await using (ClassroomServer.Build(Options()))
        {
            // the game as played replays
        }
        SqliteConnection.ClearAllPools();
        Execute($"UPDATE events SET event = json_set(event, '$.choice.effortBillionWon', {effort}) WHERE event LIKE '%effortBillionWon%'");

        var e = Assert.Throws<GameDatabaseRefusedException>(() => ClassroomServer.Build(Options()));

        Assert.Contains($"game {code} does not replay", e.Message);
        Assert.Contains("holds a proposal the round refuses (effort: must be ", e.Message);
    }

    [Fact]
    public async Task AGameRecordedUnderEarlierRules_ReplaysAsItWasPlayed()
    {
        // Under the first rules a member who left mid-round left their proposal as the region's decision; later games take it
        // with them. A game recorded before replays to what its class saw.
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        string code, teacher;
        using (var http = new HttpClient { BaseAddress = address })
        {
            var game = new GameClient(http);
            (code, teacher) = await game.PlayARoundHanaLeavesAsync(captains: false);
            Assert.Equal("false", await DecidedBidAsync(game, code, teacher));
        }
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Execute("UPDATE games SET record = json_remove(record, '$.rules')");

        var (restarted, again) = await ClassroomServerFixture.StartAsync(Options());
        await using (restarted)
        {
            using var http = new HttpClient { BaseAddress = again };
            Assert.Equal("true", await DecidedBidAsync(new GameClient(http), code, teacher));
        }
    }

    [Fact]
    public async Task AGameRecordedBeforeCaptainsHandedOver_ReplaysAsItWasPlayed()
    {
        // Under rules 2 a silent captain freed mid-round left the region to the model, even when the new captain had proposed.
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        string code, teacher;
        using (var http = new HttpClient { BaseAddress = address })
        {
            var game = new GameClient(http);
            (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":2,"captains":true}""");
            await game.TakeSeatAsync(code, "Cap", "daegu");
            var (minji, _) = await game.TakeSeatAsync(code, "Minji", "daegu");
            await game.AdvanceAsync(code, teacher);
            await game.DecideAsync(code, minji, """{"bid":true,"effort":2}""");
            await game.FreeAsync(code, "daegu", "Cap", teacher);
            await game.AdvanceAsync(code, teacher);
            Assert.Equal("student", await DecidedByAsync(game, code, teacher));
        }
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Execute($"UPDATE games SET record = json_set(record, '$.rules', {GameRecord.MembersLeaveTheirDecision})");

        var (restarted, again) = await ClassroomServerFixture.StartAsync(Options());
        await using (restarted)
        {
            using var http = new HttpClient { BaseAddress = again };
            Assert.Equal("model", await DecidedByAsync(new GameClient(http), code, teacher));
        }
    }

    // Who decided for daegu in the first judged round, from the export's row of Minji.
    private static async Task<string> DecidedByAsync(GameClient game, string code, string teacher) =>
        (await game.ExportRowsAsync(code, teacher)).Single(r => r["student"] == "Minji")["decided_by"];

    // What daegu decided to bid in the first judged round, from the export's row of the student who stayed.
    private static async Task<string> DecidedBidAsync(GameClient game, string code, string teacher) =>
        (await game.ExportRowsAsync(code, teacher)).Single(r => r["student"] == "Minji")["decided_bid"];

    // A server on the data folder: a game started, the students seated, then the server stopped as Ctrl-C stops it.
    private async Task<string> PlayAndStopAsync(params string[] students)
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        using var http = new HttpClient { BaseAddress = address };
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();
        foreach (var name in students)
        {
            await game.TakeSeatAsync(code, name);
        }
        await app.StopAsync();
        await app.DisposeAsync();
        return code;
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
