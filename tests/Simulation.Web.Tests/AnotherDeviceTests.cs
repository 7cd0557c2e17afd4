using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Simulation.Experiments.Scenarios;
using Simulation.Web.Games;
using Simulation.Web.Games.Journal;

namespace Simulation.Web.Tests;

/// <summary>A student moving to another device mid-round: once the teacher lets them in again, the same name typed on the new
/// device takes back their region and the decision they sent, once, within ten minutes; without the teacher, or after that
/// time, it is refused as a namesake; the allowance and its use outlive a restart of the server.</summary>
public sealed class AnotherDeviceTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AStudentLetInAgain_TakesBackTheirRegionAndDecision_Once()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (phone, region) = await game.TakeSeatAsync(code, "Minji", "daegu");
        await game.AdvanceAsync(code, teacher);
        await game.DecideAsync(code, phone, """{"bid":false}""");
        var before = await game.ViewAsync(code, phone);

        using (var notTheTeacher = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/rejoin", """{"name":"Minji"}""", seat: phone))
        {
            await Problems.AssertAsync(notTheTeacher, HttpStatusCode.Forbidden, "X-Teacher-Token");
        }
        using (var nobody = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/rejoin", """{"name":"Hana"}""", teacher: teacher))
        {
            await Problems.AssertAsync(nobody, HttpStatusCode.NotFound, "name");
        }
        using (var early = await http.PostAsync($"api/games/{code}/seats", GameClient.Json("""{"name":"Minji"}""")))
        {
            await Problems.AssertAsync(early, HttpStatusCode.Conflict, "name"); // not let in yet: a namesake
        }
        using var allowed = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/rejoin", """{"name":"MINJI"}""", teacher: teacher);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var allowance = await allowed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Minji", allowance.GetProperty("name").GetString());
        Assert.Equal("daegu", allowance.GetProperty("region").GetString());
        Assert.InRange(allowance.GetProperty("until").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));

        var (laptop, again) = await game.TakeSeatAsync(code, "minji"); // the new device's join form, no region chosen
        using var twice = await http.PostAsync($"api/games/{code}/seats", GameClient.Json("""{"name":"Minji"}"""));

        Assert.Equal((phone, region), (laptop, again));
        var after = await game.ViewAsync(code, laptop);
        Assert.Equal(before.GetProperty("me").ToString(), after.GetProperty("me").ToString());
        Assert.True(after.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "daegu").GetProperty("decided").GetBoolean());
        await Problems.AssertAsync(twice, HttpStatusCode.Conflict, "name"); // the allowance ends with its use
        Assert.Equal(1, after.GetProperty("students").GetInt32());
    }

    [Fact]
    public void TheAllowance_LastsTenMinutes_AndOutlivesARestart()
    {
        var data = Directory.CreateTempSubdirectory("regsim-rejoin-").FullName;
        try
        {
            var options = new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder(), DataFolder: data);
            var scenario = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"));
            var start = DateTimeOffset.UtcNow;
            string code;
            using (var journal = GameJournal.Open(data))
            {
                var game = new GameRegistry(options, TimeProvider.System, journal).TryStart(scenario, "baseline", 1, 0, TeamRules.Single)!;
                code = game.Code;
                Assert.NotNull(game.Take("Minji", "daegu", start).Seat);
                Assert.NotNull(game.Take("Jun", "busan", start).Seat);
                Assert.NotNull(game.AllowRejoin("Minji", start.AddMinutes(1)).Seat);
                Assert.NotNull(game.AllowRejoin("Jun", start.AddMinutes(1)).Seat);
                Assert.NotNull(game.Take("Jun", null, start.AddMinutes(2)).Seat); // used before the restart
            }
            SqliteConnection.ClearAllPools();
            using (var journal = GameJournal.Open(data))
            {
                var game = new GameRegistry(options, TimeProvider.System, journal).Find(code)!;
                Assert.Equal("name", game.Take("Jun", null, start.AddMinutes(3)).Problem?.Field);
                Assert.Equal("name", game.Take("Minji", null, start.AddMinutes(11).AddSeconds(1)).Problem?.Field); // past ten minutes
                Assert.NotNull(game.AllowRejoin("Minji", start.AddMinutes(12)).Seat);
                Assert.Equal("daegu", scenario.Model.Regions[game.Take("Minji", null, start.AddMinutes(22)).Seat!.Region].Id); // just in time
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
