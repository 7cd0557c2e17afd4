using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Simulation.Application.Games;
using Simulation.Application.Games.Journal;
using Simulation.Experiments.Scenarios;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>A student moving to another device mid-round: once the teacher lets them in again, the same name typed on the new
/// device with the teacher's code takes back their region and the decision they sent, once, within ten minutes; without the
/// teacher, without the code or after that time, it is refused; the allowance and its use outlive a restart of the server.</summary>
public sealed class AnotherDeviceTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AStudentLetInAgain_TakesBackTheirRegionAndDecision_WithTheCode_Once()
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
        using (var early = await Join(http, code, "Minji", null))
        {
            await Problems.AssertAsync(early, HttpStatusCode.Conflict, "name"); // not let in yet: a namesake
        }
        using var allowed = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/rejoin", """{"name":"MINJI"}""", teacher: teacher);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var allowance = await allowed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Minji", allowance.GetProperty("name").GetString());
        Assert.Equal("daegu", allowance.GetProperty("region").GetString());
        Assert.InRange(allowance.GetProperty("until").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        var digits = allowance.GetProperty("code").GetString()!;
        Assert.Matches("^[0-9]{6}$", digits);

        // A classmate who reads the name off the projector cannot take the seat without the code.
        using (var nameAlone = await Join(http, code, "Minji", null))
        {
            await Problems.AssertAsync(nameAlone, HttpStatusCode.BadRequest, "rejoinCode");
        }
        using (var wrong = await Join(http, code, "Minji", digits == "000000" ? "000001" : "000000"))
        {
            await Problems.AssertAsync(wrong, HttpStatusCode.BadRequest, "rejoinCode");
        }
        using (var codeAlone = await Join(http, code, "Jun", digits))
        {
            await Problems.AssertAsync(codeAlone, HttpStatusCode.BadRequest, "name"); // a code does not make a new seat
        }
        using var back = await Join(http, code, "minji", digits); // the new device's join form, no region chosen
        Assert.Equal(HttpStatusCode.Created, back.StatusCode);
        var seat = await back.Content.ReadFromJsonAsync<JsonElement>();
        using var twice = await Join(http, code, "Minji", digits);

        Assert.Equal((phone, region), (seat.GetProperty("token").GetString(), seat.GetProperty("region").GetString()));
        var after = await game.ViewAsync(code, phone);
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
            string game;
            string minji, jun, hana;
            using (var journal = GameJournal.Open(data))
            {
                var live = new GameRegistry(options.Games, TimeProvider.System, journal).TryStart(scenario, "baseline", 1, 0, TeamRules.Single)!;
                game = live.Code;
                Assert.NotNull(live.Take("Minji", "daegu", start).Seat);
                Assert.NotNull(live.Take("Jun", "busan", start).Seat);
                Assert.NotNull(live.Take("Hana", "ulsan", start).Seat);
                minji = live.AllowRejoin("Minji", start.AddMinutes(1)).Code!;
                jun = live.AllowRejoin("Jun", start.AddMinutes(1)).Code!;
                hana = live.AllowRejoin("Hana", start.AddMinutes(1)).Code!;
                Assert.NotNull(live.Take("Jun", null, start.AddMinutes(2), jun).Seat); // used before the restart
            }
            SqliteConnection.ClearAllPools();
            using (var journal = GameJournal.Open(data))
            {
                var replayed = new GameRegistry(options.Games, TimeProvider.System, journal).Find(game)!;
                Assert.Equal("name", replayed.Take("Jun", null, start.AddMinutes(3), jun).Refusal?.Field);
                Assert.Equal("rejoinCode", replayed.Take("Minji", null, start.AddMinutes(4), "12345x").Refusal?.Field);
                // Granted before the restart, with its code, and used after it.
                Assert.Equal("daegu", scenario.Model.Regions[replayed.Take("Minji", null, start.AddMinutes(5), minji).Seat!.Region].Id);
                Assert.Equal("name", replayed.Take("Hana", null, start.AddMinutes(11).AddSeconds(1), hana).Refusal?.Field); // past ten minutes
                var again = replayed.AllowRejoin("Hana", start.AddMinutes(12)).Code!;
                Assert.Equal("ulsan", scenario.Model.Regions[replayed.Take("Hana", null, start.AddMinutes(22), again).Seat!.Region].Id); // just in time
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void WrongCodes_EndTheAllowanceAfterAFewTries_SoTheCodeCannotBeFoundByTrying()
    {
        var options = new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder());
        var scenario = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"));
        var start = DateTimeOffset.UtcNow;
        var live = new GameRegistry(options.Games, TimeProvider.System).TryStart(scenario, "baseline", 1, 0, TeamRules.Single)!;
        Assert.NotNull(live.Take("Minji", "daegu", start).Seat);
        var digits = live.AllowRejoin("Minji", start).Code!;
        var guesses = Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).Where(g => g != digits).Take(ClassroomGame.RejoinTries).ToList();

        var blank = live.Take("Minji", null, start, " ").Refusal!; // no code typed: not a guess, and not counted
        var answers = guesses.Select(g => live.Take("Minji", null, start, g).Refusal!).ToList();

        Assert.All(answers, a => Assert.Equal("rejoinCode", a.Field));
        Assert.All(answers.SkipLast(1), a => Assert.Equal(GameRefusalKind.Invalid, a.Kind));
        Assert.Contains("(1 more try)", answers[^2].Detail);
        Assert.Contains("(4 more tries)", answers[0].Detail);
        Assert.Equal(GameRefusalKind.Conflict, answers[^1].Kind);
        Assert.Contains("ask the teacher to let you in again", answers[^1].Detail);
        Assert.Contains("is needed", blank.Detail);
        Assert.Equal("name", live.Take("Minji", null, start, " ").Refusal?.Field); // the allowance has ended: a namesake again
        Assert.Equal("name", live.Take("Minji", null, start, digits).Refusal?.Field); // even the right code, now
        var again = live.AllowRejoin("Minji", start.AddMinutes(1)).Code!;
        Assert.Equal("rejoinCode", live.Take("Minji", null, start.AddMinutes(1), again == "000000" ? "000001" : "000000").Refusal?.Field);
        Assert.NotNull(live.Take("Minji", null, start.AddMinutes(1), again).Seat); // a new allowance, its own tries
    }

    private static Task<HttpResponseMessage> Join(HttpClient http, string game, string name, string? rejoinCode) =>
        http.PostAsync($"api/games/{game}/seats", JsonContent.Create(new { name, rejoinCode }));
}
