using System.Net;
using Simulation.Application.Games;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>The teacher replaces the read-only key of the debrief's and the CSV's links when one went to the wrong people: the
/// old links are refused with a problem saying the key was replaced, the new ones open both pages, and only the teacher's
/// token may replace it.</summary>
public sealed class DebriefKeyTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AfterTheKeyIsReplaced_TheOldLinksAreRefused_AndTheNewOnesOpen()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Minji", "daegu");
        var old = await game.LinksAsync(code, teacher);
        using (var before = await http.GetAsync(old.Debrief))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var replaced = await game.ReplaceKeyAsync(code, teacher);

        Assert.NotEqual(old.Key, replaced.Key);
        Assert.Equal(replaced, await game.LinksAsync(code, teacher)); // the teacher's page is given the new links from now on
        foreach (var link in new[] { old.Debrief, old.Export })
        {
            using var refused = await http.GetAsync(link);
            var problem = await Problems.AssertAsync(refused, HttpStatusCode.Forbidden, "key");
            Assert.Contains("was replaced by the teacher", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var debrief = await http.GetAsync(replaced.Debrief))
        {
            Assert.Equal(HttpStatusCode.OK, debrief.StatusCode);
            Assert.Contains($"Debrief: baseline, game {code}", await debrief.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.StartsWith("round,year,project", (await http.GetStringAsync(replaced.Export)).TrimStart('\uFEFF'), StringComparison.Ordinal);
        // A key that was never the game's is still told apart from a replaced one.
        using (var wrong = await http.GetAsync($"api/games/{code}/debrief?key=0123456789abcdef0123456789abcdef"))
        {
            var problem = await Problems.AssertAsync(wrong, HttpStatusCode.Forbidden, "key");
            Assert.Contains("is not the read-only key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheKeyIsReplacedAgain_EveryEarlierKeyIsRefused()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var first = await game.LinksAsync(code, teacher);
        var second = await game.ReplaceKeyAsync(code, teacher);

        var third = await game.ReplaceKeyAsync(code, teacher);

        Assert.Equal(3, new[] { first.Key, second.Key, third.Key }.Distinct().Count());
        foreach (var link in new[] { first.Debrief, second.Debrief })
        {
            using var refused = await http.GetAsync(link);
            await Problems.AssertAsync(refused, HttpStatusCode.Forbidden, "key");
        }
        using var opened = await http.GetAsync(third.Debrief);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Fact]
    public async Task OnlyTheTeachersToken_ReplacesTheKey()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (other, otherTeacher) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Minji", "daegu");
        var links = await game.LinksAsync(code, teacher);

        using (var none = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/key"))
        {
            await Problems.AssertAsync(none, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var readOnly = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/key", teacher: links.Key))
        {
            await Problems.AssertAsync(readOnly, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var inTheAddress = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/key?key={links.Key}"))
        {
            await Problems.AssertAsync(inTheAddress, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var student = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/key", seat: seat))
        {
            await Problems.AssertAsync(student, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var anotherTeacher = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/key", teacher: otherTeacher))
        {
            await Problems.AssertAsync(anotherTeacher, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var teacherInTheAddress = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/key?teacher={teacher}", teacher: teacher))
        {
            await Problems.AssertAsync(teacherInTheAddress, HttpStatusCode.BadRequest, "teacher");
        }
        using (var unknown = await game.SendAsync(HttpMethod.Post, "api/games/NOGAME/key", teacher: teacher))
        {
            await Problems.AssertAsync(unknown, HttpStatusCode.NotFound, "code");
        }

        // None of them replaced it: the links shared still open the debrief, and the other game's are its own.
        Assert.Equal(links, await game.LinksAsync(code, teacher));
        using (var opened = await http.GetAsync(links.Debrief))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }
        Assert.NotEqual(links.Key, (await game.LinksAsync(other, otherTeacher)).Key);
    }

    [Fact]
    public void TheKeyBeforeAnyReplacement_IsTheOneEarlierVersionsGave_AndEachReplacementGivesAnother()
    {
        const string token = "0123456789abcdef0123456789abcdef";
        var keys = Enumerable.Range(0, 4).Select(n => Secrets.DebriefKey(token, n)).ToList();

        // Links shared before keys could be replaced keep opening until the teacher replaces the key.
        Assert.Equal(Secrets.DebriefKey(token), keys[0]);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token), "regsim: the debrief and the export, read only"u8))[..32],
            keys[0]);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Equal(32, k.Length));
        Assert.All(keys, k => Assert.DoesNotContain(token, k, StringComparison.Ordinal));
    }
}
