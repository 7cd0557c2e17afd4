using System.Net;

namespace Simulation.Web.Tests;

/// <summary>The teacher's token is never taken from an address (a projected address bar would show it to the class): a call
/// that carries it there is refused and changes nothing. The debrief's and the CSV's links carry the game's read-only key
/// instead, which opens those two and nothing else.</summary>
public sealed class TeacherTokenTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Theory]
    [InlineData("POST", "advance")]
    [InlineData("PUT", "regime")]
    [InlineData("PUT", "deadline")]
    [InlineData("PUT", "teams")]
    [InlineData("DELETE", "seats/daegu")]
    [InlineData("DELETE", "")]
    public async Task ACallWithTheTeachersTokenInItsAddress_IsRefused_AndChangesNothing(string method, string action)
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Minji", "daegu");
        var before = await game.ViewAsync(code);
        var body = action switch
        {
            "regime" => """{"regime":"lee"}""",
            "deadline" => """{"seconds":60}""",
            "teams" => """{"teamSize":4}""",
            _ => null,
        };
        var path = $"api/games/{code}{(action.Length > 0 ? "/" + action : "")}?teacher={teacher}";

        using (var refused = await game.SendAsync(new HttpMethod(method), path, body))
        {
            var problem = await Problems.AssertAsync(refused, HttpStatusCode.BadRequest, "teacher");
            Assert.Contains("X-Teacher-Token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        // With the header as well, the address still may not carry it.
        using (var both = await game.SendAsync(new HttpMethod(method), path, body, teacher: teacher))
        {
            await Problems.AssertAsync(both, HttpStatusCode.BadRequest, "teacher");
        }

        var after = await game.ViewAsync(code); // the game is still there
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("GET", "debrief")]
    [InlineData("GET", "links")]
    [InlineData("POST", "advance")]
    public async Task ARefusedTeacher_IsToldWhetherNoTokenWasSent_OrAnotherGamesToken(string method, string action)
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();

        using (var none = await game.SendAsync(new HttpMethod(method), $"api/games/{code}/{action}"))
        {
            var problem = await Problems.AssertAsync(none, HttpStatusCode.Forbidden, "X-Teacher-Token");
            Assert.StartsWith($"no teacher's token was sent: this browser did not start game {code}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using var wrong = await game.SendAsync(new HttpMethod(method), $"api/games/{code}/{action}", teacher: "another-games-token");
        var refused = await Problems.AssertAsync(wrong, HttpStatusCode.Forbidden, "X-Teacher-Token");
        Assert.StartsWith($"is not the one of game {code}: open the game from /play", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDebriefAndCsvLinks_CarryAReadOnlyKey_NotTheTeachersToken()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Minji", "daegu");
        await game.AdvanceAsync(code, teacher);
        await game.AdvanceAsync(code, teacher);

        var (debrief, export, key) = await game.LinksAsync(code, teacher);

        foreach (var link in new[] { debrief, export })
        {
            Assert.DoesNotContain(teacher, link, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("teacher=", link, StringComparison.Ordinal);
            Assert.Contains($"key={key}", link, StringComparison.Ordinal);
        }
        Assert.NotEqual(teacher, key);
        // The links work, with no header.
        using (var page = await http.GetAsync(debrief))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"Debrief: baseline, game {code}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.StartsWith("round,year,project", (await http.GetStringAsync(export)).TrimStart('\uFEFF'), StringComparison.Ordinal);
        // The key acts for nobody: as the teacher's header, in the address of an action, or to get the links.
        using (var advance = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance", teacher: key))
        {
            await Problems.AssertAsync(advance, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var delete = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}?key={key}"))
        {
            await Problems.AssertAsync(delete, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var links = await http.GetAsync($"api/games/{code}/links?key={key}"))
        {
            await Problems.AssertAsync(links, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        // Nor does it open another game's debrief.
        var (other, _) = await game.StartAsync();
        using (var elsewhere = await http.GetAsync($"api/games/{other}/debrief?key={key}"))
        {
            await Problems.AssertAsync(elsewhere, HttpStatusCode.Forbidden, "key");
        }
        Assert.Equal("judged", (await game.ViewAsync(code)).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task TheDebrief_WithTheTeachersTokenInItsAddress_IsRefused()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();

        using var refused = await http.GetAsync($"api/games/{code}/debrief?teacher={teacher}");

        await Problems.AssertAsync(refused, HttpStatusCode.BadRequest, "teacher");
    }
}
