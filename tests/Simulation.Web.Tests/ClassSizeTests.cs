using System.Net;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>A class of thirty in a game started as a teacher starts one: everyone gets a seat, spread over the regions; and a
/// class larger than its teams is named to the teacher, who takes more students per region during the game.</summary>
public sealed class ClassSizeTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AClassOfThirty_AllJoinAGameStartedWithoutATeamSize_SpreadOverTheRegions()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartWithAsync("""{"scenario":"baseline"}""");

        var regions = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            regions.Add((await game.TakeSeatAsync(code, $"Student {i}")).Region);
        }

        var view = await game.ViewAsync(code);
        Assert.Equal(3, view.GetProperty("teams").GetProperty("teamSize").GetInt32());
        Assert.Equal(30, view.GetProperty("students").GetInt32());
        // The first fifteen take fifteen regions, one each (Jeju, a candidate in no round, is left to watch); then a second each.
        Assert.Equal(15, regions.Take(15).Distinct().Count());
        Assert.All(regions.GroupBy(r => r), g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public async Task AnExplicitTeamSize_StillHolds()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":1}""");
        await game.TakeSeatAsync(code, "Minji", "daegu");

        using var second = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", """{"name":"Jun","region":"daegu"}""");

        await Problems.AssertAsync(second, HttpStatusCode.Conflict, "region");
        Assert.Equal(1, (await game.ViewAsync(code)).GetProperty("teams").GetProperty("teamSize").GetInt32());
    }

    [Fact]
    public async Task StudentsTurnedAway_AreNamedToTheTeacher_WhoTakesMorePerRegion_AndTheyJoin()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":1}""");
        for (var i = 0; i < 16; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }

        // Two are refused, one of them twice: the teacher's view names each once.
        foreach (var name in new[] { "Late", "Later", "Late" })
        {
            using var refused = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", $$"""{"name":"{{name}}"}""");
            await Problems.AssertAsync(refused, HttpStatusCode.Conflict, "region");
        }
        Assert.Equal(["Late", "Later"], Names(await game.ViewAsync(code)));

        using (var stranger = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":2}"""))
        {
            await Problems.AssertAsync(stranger, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var tooLarge = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":61}""", teacher: teacher))
        {
            await Problems.AssertAsync(tooLarge, HttpStatusCode.BadRequest, "teamSize");
        }
        using (var resized = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":2}""", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, resized.StatusCode);
        }
        await game.TakeSeatAsync(code, "Late");

        var view = await game.ViewAsync(code);
        Assert.Equal(2, view.GetProperty("teams").GetProperty("teamSize").GetInt32());
        Assert.Equal(["Later"], Names(view));
        // Teams cannot be made smaller than one already is.
        using var smaller = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":1}""", teacher: teacher);
        var problem = await Problems.AssertAsync(smaller, HttpStatusCode.Conflict, "teamSize");
        Assert.StartsWith("must be at least 2:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var open = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":0}""", teacher: teacher);
        Assert.Equal(JsonValueKind.Null, (await game.ViewAsync(code)).GetProperty("teams").GetProperty("teamSize").ValueKind);
    }

    [Fact]
    public async Task TheTurnedAwayList_KeepsAsManyNamesAsAGameTakesStudents_NotAFloodOfThem()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":1}""");
        for (var i = 0; i < 16; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }

        for (var i = 0; i < 70; i++)
        {
            using var refused = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", $$"""{"name":"Guest {{i}}"}""");
            await Problems.AssertAsync(refused, HttpStatusCode.Conflict, "region");
        }

        var names = Names(await game.ViewAsync(code));
        Assert.Equal(60, names.Count);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"Guest {i}"), names);
    }

    private static List<string> Names(JsonElement view) => [.. view.GetProperty("turnedAway").EnumerateArray().Select(n => n.GetString()!)];
}
