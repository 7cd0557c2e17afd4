using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Simulation.Application.Games.Journal;

namespace Simulation.Web.Tests;

/// <summary>
/// Class games on a server with a data folder: a server stopped and started again (here disposed, as a crash ends it
/// without warning) shows every seat and proposal acknowledged before, the tokens still work, and a database that cannot be
/// trusted stops the server from starting. Also teams, captains, deadlines, the export, the debrief and deleting a game.
/// </summary>
public sealed class DurableGameTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("regsim-games-").FullName;
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private HttpClient _http = null!;

    public async Task InitializeAsync() => await StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task ARestartedServer_ShowsEverySeatAndProposal_AndTheTokensStillWork()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline","teamSize":2}""");
        var (ana, region) = await game.TakeSeatAsync(code, "Ana", "daegu");
        var (bo, _) = await game.TakeSeatAsync(code, "Bo", "daegu");
        var (cy, _) = await game.TakeSeatAsync(code, "Cy");
        await game.AdvanceAsync(code, teacher);
        var floor = (await game.ViewAsync(code, ana)).GetProperty("me").GetProperty("brief").GetProperty("effortFloorBillionWon").GetDouble();
        await game.DecideAsync(code, ana, $$"""{"bid":true,"effort":{{floor.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}}""");
        await game.DecideAsync(code, bo, """{"bid":false}""");
        var before = await game.ViewAsync(code, bo);

        await RestartAsync();
        game = new GameClient(_http);

        var after = await game.ViewAsync(code, bo);
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal(before.GetProperty("regions").ToString(), after.GetProperty("regions").ToString());
        Assert.Equal(before.GetProperty("me").ToString(), after.GetProperty("me").ToString());
        Assert.Equal("daegu", region);
        await game.DecideAsync(code, cy, """{"bid":false}""");
        var judged = await game.AdvanceAsync(code, teacher);
        Assert.Equal("judged", judged.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task ATeam_SeesItsMembersProposals_AndTheLastOneDecides_OrTheCaptains()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline","teamSize":0,"captains":true}""");
        var (ana, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        var (bo, _) = await game.TakeSeatAsync(code, "Bo", "daegu");
        await game.AdvanceAsync(code, teacher);

        await game.DecideAsync(code, bo, """{"bid":false,"teamUp":false}""");
        var anaView = (await game.ViewAsync(code, ana)).GetProperty("me");
        Assert.True(anaView.GetProperty("captain").GetBoolean());
        var boRow = anaView.GetProperty("team").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Bo");
        Assert.False(boRow.GetProperty("proposal").GetProperty("bid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, anaView.GetProperty("decision").ValueKind); // only the captain decides

        await game.NameCaptainAsync(code, "daegu", "Bo", teacher);
        var decided = (await game.ViewAsync(code, ana)).GetProperty("me");
        Assert.False(decided.GetProperty("captain").GetBoolean());
        Assert.False(decided.GetProperty("decision").GetProperty("bid").GetBoolean());

        // The export says who was captain when each round was judged, not who joined first or who is captain now.
        await game.AdvanceAsync(code, teacher);
        await game.NameCaptainAsync(code, "daegu", "Ana", teacher);
        await game.AdvanceAsync(code, teacher);
        await game.AdvanceAsync(code, teacher);
        var rows = (await game.ExportAsync(code, teacher)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal([("1", "Ana", "false"), ("1", "Bo", "true"), ("2", "Ana", "true"), ("2", "Bo", "false")],
            rows.Select(r => (r[0], r[6], r[7])).Order());
    }

    [Fact]
    public async Task AFullTeam_RefusesAnotherStudent_AndAGameTakesSixtyStudents()
    {
        var game = new GameClient(_http);
        var (code, _) = await StartGameAsync("""{"scenario":"baseline","teamSize":4}""");
        for (var i = 0; i < 4; i++)
        {
            await game.TakeSeatAsync(code, $"S{i}", "daegu");
        }
        using (var full = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", """{"name":"Late","region":"daegu"}"""))
        {
            var problem = await Problems.AssertAsync(full, HttpStatusCode.Conflict, "region");
            Assert.Contains("Daegu's team is full (4 students)", problem.GetProperty("detail").GetString());
        }
        for (var i = 4; i < 60; i++)
        {
            await game.TakeSeatAsync(code, $"S{i}");
        }
        Assert.Equal(60, (await game.ViewAsync(code)).GetProperty("students").GetInt32());
        using var sixtyFirst = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", """{"name":"One too many"}""");
        // The game is full whatever region one asks for: no field is at fault.
        var gameFull = await Problems.AssertAsync(sixtyFirst, HttpStatusCode.Conflict, null);
        Assert.Contains("the game is full (60 students, the most a game takes)", gameFull.GetProperty("detail").GetString());
        // The teacher's page tells a full game from full teams by the view's count and limit.
        var view = await game.ViewAsync(code);
        Assert.Equal(view.GetProperty("students").GetInt32(), view.GetProperty("teams").GetProperty("mostStudents").GetInt32());
        Assert.Equal(["One too many"], view.GetProperty("turnedAway").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task ARoundWithADeadline_ClosesByItself_AndTheModelPlaysForTheSilent()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline"}""");
        await game.TakeSeatAsync(code, "Silent", "daegu");
        using (var open = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?roundSeconds=5", teacher: teacher))
        {
            var view = await open.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("deciding", view.GetProperty("phase").GetString());
            Assert.NotEqual(JsonValueKind.Null, view.GetProperty("deadline").ValueKind);
        }
        using (var bad = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?roundSeconds=2", teacher: teacher))
        {
            await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "roundSeconds");
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement judged;
        do
        {
            await Task.Delay(250);
            judged = await game.ViewAsync(code);
        }
        while (judged.GetProperty("phase").GetString() == "deciding" && DateTime.UtcNow < deadline);

        Assert.Equal("judged", judged.GetProperty("phase").GetString());
        Assert.Contains("daegu", judged.GetProperty("autoPlayed").EnumerateArray().Select(r => r.GetString()));
        // A decision that just misses the timer is told so, not only that no round is open.
        var (late, _) = await game.TakeSeatAsync(code, "Late", "incheon");
        using var missed = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: late);
        var problem = await Problems.AssertAsync(missed, HttpStatusCode.Conflict, "round");
        Assert.Contains("its time ran out", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheExport_HasARowPerRoundRegionAndStudent_AndTheDebriefIsOnePage()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline","teamSize":2}""");
        var (ana, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        await game.TakeSeatAsync(code, "Bo", "daegu");
        await game.TakeSeatAsync(code, "Cy", "incheon"); // a candidate in both rounds, silent: the model plays it
        for (var round = 0; round < 2; round++)
        {
            await game.AdvanceAsync(code, teacher);
            await game.DecideAsync(code, ana, """{"bid":false}""");
            await game.AdvanceAsync(code, teacher);
        }

        using var refused = await _http.GetAsync($"api/games/{code}/export.csv?key=wrong");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var links = await game.LinksAsync(code, teacher);
        var csv = (await _http.GetStringAsync(links.Export)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("round,year,project,regime,region,region_name,student,captain,proposed_bid", csv[0]);
        Assert.Equal(1 + (2 * 3), csv.Length); // two rounds × (Ana, Bo in Daegu, Cy in Incheon)
        Assert.Equal(2, csv.Count(l => l.Contains(",Ana,", StringComparison.Ordinal) && l.Contains(",false,,false,", StringComparison.Ordinal)));
        Assert.Equal(2, csv.Count(l => l.Contains(",Cy,", StringComparison.Ordinal) && l.Contains(",model,", StringComparison.Ordinal)));

        using var debrief = await _http.GetAsync(links.Debrief);
        Assert.Equal("text/html", debrief.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", debrief.Headers.GetValues("Content-Security-Policy").Single());
        var html = await debrief.Content.ReadAsStringAsync();
        Assert.Contains("3 students in 2 regions; 2 rounds judged", html);
        Assert.Contains("The game is not finished", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task AReplacedReadOnlyKey_StaysReplaced_AfterARestart()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline","teamSize":1}""");
        await game.TakeSeatAsync(code, "Ana", "daegu");
        var old = await game.LinksAsync(code, teacher);
        var replaced = await game.ReplaceKeyAsync(code, teacher);

        await RestartAsync();
        game = new GameClient(_http);

        using (var refused = await _http.GetAsync(old.Debrief))
        {
            var problem = await Problems.AssertAsync(refused, HttpStatusCode.Forbidden, "key");
            Assert.Contains("was replaced by the teacher", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var opened = await _http.GetAsync(replaced.Export))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }
        Assert.Equal(replaced, await game.LinksAsync(code, teacher));
        // The event replays without moving anything else: the game is still in its lobby, and plays on.
        Assert.Equal("lobby", (await game.ViewAsync(code)).GetProperty("phase").GetString());
        Assert.Equal("deciding", (await game.AdvanceAsync(code, teacher)).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task TeamsResizedDuringAGame_StayResized_AfterARestart()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline","teamSize":1}""");
        await game.TakeSeatAsync(code, "Ana", "daegu");
        using (var resized = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":2}""", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, resized.StatusCode);
        }

        await RestartAsync();
        game = new GameClient(_http);

        Assert.Equal(2, (await game.ViewAsync(code)).GetProperty("teams").GetProperty("teamSize").GetInt32());
        await game.TakeSeatAsync(code, "Bo", "daegu");
    }

    [Fact]
    public async Task StudentsTurnedAway_AreStillNamed_AfterARestart_UntilTheyJoin()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline","teamSize":1}""");
        for (var i = 0; i < 16; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }
        foreach (var name in new[] { "Late", "Later", "LATE" }) // the third is the first again, as a name reads
        {
            using var refused = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", $$"""{"name":"{{name}}"}""");
            await Problems.AssertAsync(refused, HttpStatusCode.Conflict, "region");
        }
        var before = await game.ViewAsync(code);

        await RestartAsync();
        game = new GameClient(_http);

        var after = await game.ViewAsync(code);
        Assert.Equal(["Late", "Later"], TurnedAway(after));
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        using (var resized = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":2}""", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, resized.StatusCode);
        }
        await game.TakeSeatAsync(code, "Late");

        await RestartAsync();
        game = new GameClient(_http);

        Assert.Equal(["Later"], TurnedAway(await game.ViewAsync(code))); // who joined is no longer named, after a restart too
    }

    [Fact]
    public async Task AStudentsMoveOutOfARegionThatWatches_IsKept_AfterARestart()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline","teamSize":1}""");
        for (var i = 0; i < 15; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }
        var (watching, watched) = await game.TakeSeatAsync(code, "Hana"); // the only team left only watches
        using (var resized = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":2}""", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, resized.StatusCode);
        }
        using var move = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", "{}", seat: watching);
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        var moved = await move.Content.ReadFromJsonAsync<JsonElement>();
        var before = await game.ViewAsync(code);

        await RestartAsync();
        game = new GameClient(_http);

        var after = await game.ViewAsync(code, moved.GetProperty("token").GetString());
        Assert.Equal(before.GetProperty("regions").ToString(), after.GetProperty("regions").ToString());
        Assert.Equal(moved.GetProperty("region").GetString(), after.GetProperty("me").GetProperty("region").GetString());
        Assert.NotEqual(watched, moved.GetProperty("region").GetString());
        Assert.Equal(JsonValueKind.Null, (await game.ViewAsync(code, watching)).GetProperty("me").ValueKind);
    }

    private static List<string> TurnedAway(JsonElement view) => [.. view.GetProperty("turnedAway").EnumerateArray().Select(n => n.GetString()!)];

    [Fact]
    public async Task ADeletedGame_IsGone_AfterARestartToo()
    {
        var game = new GameClient(_http);
        var (code, teacher) = await StartGameAsync("""{"scenario":"baseline"}""");
        var (seat, _) = await game.TakeSeatAsync(code, "Ana");
        using var stream = await _http.GetAsync($"api/games/{code}/events?seat={seat}", HttpCompletionOption.ResponseHeadersRead);
        var reading = stream.Content.ReadAsStringAsync();
        using (var deleted = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        Assert.Contains("event: state", await reading.WaitAsync(TimeSpan.FromSeconds(10))); // the student's stream ended with the game

        await RestartAsync();

        using var gone = await _http.GetAsync($"api/games/{code}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task ADamagedDatabase_StopsTheServerFromStarting_AndIsNotChanged()
    {
        await _app!.DisposeAsync();
        _app = null;
        SqliteConnection.ClearAllPools();
        var path = Path.Combine(_data, GameJournal.FileName);
        foreach (var sidecar in new[] { path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(sidecar);
        }
        var damaged = File.ReadAllBytes(path);
        Array.Fill(damaged, (byte)0x5A, 0, 100);
        File.WriteAllBytes(path, damaged);

        var e = Assert.Throws<GameDatabaseRefusedException>(() => ClassroomServer.Build(Options()));

        Assert.Contains(path, e.Message);
        Assert.Equal(damaged, File.ReadAllBytes(path));
    }

    private ClassroomOptions Options() => new([], ClassroomServerFixture.ScenariosFolder(), DataFolder: _data) { MaxGames = 100, ComparisonGames = 50 };

    private async Task StartAsync()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(Options());
        _app = app;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    private async Task RestartAsync()
    {
        _http.Dispose();
        await _app!.DisposeAsync();
        await StartAsync();
    }

    private Task<(string Code, string TeacherToken)> StartGameAsync(string json) => new GameClient(_http).StartWithAsync(json);
}
