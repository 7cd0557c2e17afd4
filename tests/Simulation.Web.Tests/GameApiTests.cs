using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Simulation.Web.Tests;

public sealed class GameApiTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task TwoStudentsAndATeacher_PlayAGameToTheEnd_AndTheClassIsComparedWithTheModel()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (minji, minjiRegion) = await game.TakeSeatAsync(code, "Minji", "incheon");
        var (jun, junRegion) = await game.TakeSeatAsync(code, "Jun"); // given a region
        Assert.Equal("incheon", minjiRegion);
        Assert.Equal("daegu", junRegion); // a candidate in every round, first in scenario order among those left

        var view = await game.AdvanceAsync(code, teacher); // round 1 opens
        Assert.Equal("deciding", view.GetProperty("phase").GetString());
        var brief = (await game.ViewAsync(code, minji)).GetProperty("me").GetProperty("brief");
        var effort = brief.GetProperty("effortFloorBillionWon").GetDouble() + 3.5;
        using (var decided = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", $$"""{"bid":true,"effort":{{effort}},"teamUp":false}""", seat: minji))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }
        using (var declined = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: jun))
        {
            Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        }
        var regions = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.True(regions["incheon"].GetProperty("decided").GetBoolean());
        Assert.Equal("Minji", regions["incheon"].GetProperty("player").GetString());
        Assert.False(regions["busan"].GetProperty("decided").GetBoolean());

        view = await game.AdvanceAsync(code, teacher); // round 1 judged
        var maglev = view.GetProperty("results")[0];
        var bids = maglev.GetProperty("bids").EnumerateArray().ToList();
        var incheonBid = bids.Single(b => b.GetProperty("regions")[0].GetString() == "incheon");
        Assert.True(incheonBid.GetProperty("played").GetBoolean());
        Assert.Equal(effort, incheonBid.GetProperty("effortBillionWon").GetDouble(), 9);
        Assert.DoesNotContain(bids, b => b.GetProperty("regions")[0].GetString() == "daegu");
        Assert.NotEmpty(maglev.GetProperty("why").EnumerateArray());

        using (var toLee = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/regime", """{"regime":"lee"}""", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, toLee.StatusCode);
        }
        while (view.GetProperty("phase").GetString() != "finished")
        {
            view = await game.AdvanceAsync(code, teacher);
        }

        Assert.Equal(["roh", "lee", "lee"], view.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("regime").GetString()));
        var comparison = view.GetProperty("comparison");
        Assert.Equal(["daegu", "incheon"], comparison.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("region").GetString()));
        Assert.Equal(3, comparison.GetProperty("sentences").GetArrayLength());
        var chart = view.GetProperty("comparisonChart").GetString()!;
        Assert.Contains("Daegu (Jun)", chart, StringComparison.Ordinal);
        Assert.Contains("Incheon (Minji)", chart, StringComparison.Ordinal);
        var standings = view.GetProperty("standings").EnumerateArray().ToList();
        Assert.Equal(16, standings.Count);
        Assert.Equal("Minji", standings.Single(s => s.GetProperty("standing").GetProperty("region").GetString() == "incheon").GetProperty("player").GetString());
        using var over = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance", teacher: teacher);
        await Problems.AssertAsync(over, HttpStatusCode.Conflict, "phase");
    }

    [Fact]
    public async Task AStudent_CannotActForAnotherClass_OrAsTheTeacher_AndComesBackToTheSameRegion()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (first, firstTeacher) = await game.StartAsync();
        var (second, secondTeacher) = await game.StartAsync();
        var (token, region) = await game.TakeSeatAsync(first, "Ara", "daejeon");
        await game.AdvanceAsync(first, firstTeacher);
        await game.AdvanceAsync(second, secondTeacher);

        using var otherClass = await game.SendAsync(HttpMethod.Put, $"api/games/{second}/decision", """{"bid":false}""", seat: token);
        await Problems.AssertAsync(otherClass, HttpStatusCode.Forbidden, "X-Seat-Token");
        using var asTeacher = await game.SendAsync(HttpMethod.Post, $"api/games/{first}/advance", teacher: token);
        await Problems.AssertAsync(asTeacher, HttpStatusCode.Forbidden, "X-Teacher-Token");
        using var otherTeacher = await game.SendAsync(HttpMethod.Post, $"api/games/{first}/advance", teacher: secondTeacher);
        Assert.Equal(HttpStatusCode.Forbidden, otherTeacher.StatusCode);

        using (var saved = await game.SendAsync(HttpMethod.Put, $"api/games/{first}/decision", """{"bid":true,"effort":12.5}""", seat: token))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        var me = (await game.ViewAsync(first, token)).GetProperty("me"); // what a reloaded page asks
        Assert.Equal(region, me.GetProperty("region").GetString());
        Assert.Equal("Ara", me.GetProperty("name").GetString());
        Assert.Equal(12.5, me.GetProperty("decision").GetProperty("effort").GetDouble());
        Assert.Equal(JsonValueKind.Null, (await game.ViewAsync(second, token)).GetProperty("me").ValueKind);
    }

    [Theory]
    [InlineData("seats", "POST", """{"region":"daegu"}""", HttpStatusCode.BadRequest, "name")]
    [InlineData("seats", "POST", """{"name":"A","region":"atlantis"}""", HttpStatusCode.BadRequest, "region")]
    [InlineData("seats", "POST", """{"name":"B","region":"incheon"}""", HttpStatusCode.Conflict, "region")]
    [InlineData("decision", "PUT", """{"bid":true,"effort":1e9}""", HttpStatusCode.BadRequest, "effort")]
    [InlineData("decision", "PUT", """{"bid":true}""", HttpStatusCode.BadRequest, "effort")]
    [InlineData("decision", "PUT", """{"effort":3}""", HttpStatusCode.BadRequest, "bid")]
    [InlineData("decision", "PUT", """{"bid":"yes"}""", HttpStatusCode.BadRequest, "bid")]
    [InlineData("regime", "PUT", """{"regime":"park"}""", HttpStatusCode.BadRequest, "regime")]
    public async Task BadGameRequests_AreRefusedNamingTheField(string path, string method, string body, HttpStatusCode status, string field)
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Taken", "incheon");
        await game.AdvanceAsync(code, teacher);

        using var response = await game.SendAsync(new HttpMethod(method), $"api/games/{code}/{path}", body, seat: seat, teacher: teacher);

        await Problems.AssertAsync(response, status, field);
    }

    [Fact]
    public async Task TheSeventeenthStudentOfOnePerRegion_IsToldWhatTheTeacherCanDo_AndATooLongNameIsMeasured()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();
        for (var i = 0; i < 16; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }

        using var seventeenth = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", """{"name":"Late"}""");
        using var longName = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", $$"""{"name":"{{new string('a', 41)}}"}""");
        // Three characters as a reader counts them, but thousands of combining accents: not a name every view can carry.
        using var marks = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", $$"""{"name":"Ana{{new string('\u0301', 7000)}}"}""");

        var full = await Problems.AssertAsync(seventeenth, HttpStatusCode.Conflict, "region");
        Assert.Equal("every region's team is full (1 student each); ask the teacher to take more students per region, then try again",
            full.GetProperty("detail").GetString());
        var tooLong = await Problems.AssertAsync(longName, HttpStatusCode.BadRequest, "name");
        Assert.Equal("is 41 characters long; at most 40", tooLong.GetProperty("detail").GetString());
        var heavy = await Problems.AssertAsync(marks, HttpStatusCode.BadRequest, "name");
        Assert.Equal("takes 7002 units of text (its accents and marks count); at most 160", heavy.GetProperty("detail").GetString()); // the first accent composes with its a
    }

    [Fact]
    public async Task ANameWithAComma_IsRefused_BecauseTeamsAreListedWithCommas()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3}""");

        using var comma = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", """{"name":"Zoë, \"Z\"","region":"gangwon"}""");

        var refused = await Problems.AssertAsync(comma, HttpStatusCode.BadRequest, "name");
        Assert.StartsWith("may not contain a comma: pages list a team's names separated by commas", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "gangwon").GetProperty("team").EnumerateArray());
    }

    [Fact]
    public async Task DecidingBetweenRounds_IsAConflict_AndAnUnknownGameIsNotFound()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Early");

        using var early = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: seat);
        await Problems.AssertAsync(early, HttpStatusCode.Conflict, "round");
        using var unknown = await http.GetAsync("api/games/NOSUCH");
        await Problems.AssertAsync(unknown, HttpStatusCode.NotFound, "code");
    }

    [Fact]
    public async Task ADecisionForARoundThatHasClosed_IsRefused_NotPutIntoTheOpenOne()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Late");
        await game.AdvanceAsync(code, teacher); // round 1 opens
        await game.AdvanceAsync(code, teacher); // and is judged
        await game.AdvanceAsync(code, teacher); // round 2 opens

        // A page sending again what it could not send in round 1 must not decide round 2.
        using var stale = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false,"round":1}""", seat: seat);
        var refused = await Problems.AssertAsync(stale, HttpStatusCode.Conflict, "round");
        Assert.Equal("this decision was made for round 1, which has closed; round 2 is open now: decide again for it", refused.GetProperty("detail").GetString());
        // One still to come, or one the game does not have, is not said to have closed.
        using var future = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false,"round":3}""", seat: seat);
        Assert.Equal("this decision was made for round 3, which has not opened yet; round 2 is open now",
            (await Problems.AssertAsync(future, HttpStatusCode.Conflict, "round")).GetProperty("detail").GetString());
        using var none = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false,"round":7}""", seat: seat);
        Assert.Matches("^is 7, but this game has rounds 1 to [0-9]+; round 2 is open now$",
            (await Problems.AssertAsync(none, HttpStatusCode.BadRequest, "round")).GetProperty("detail").GetString());
        using var current = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false,"round":2}""", seat: seat);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task ADecisionWithoutASeatToken_IsToldItSentNone_NotThatItsSeatWasFreed()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Minji", "incheon");
        await game.AdvanceAsync(code, teacher);

        using var without = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""");
        var missing = (await Problems.AssertAsync(without, HttpStatusCode.Forbidden, "X-Seat-Token")).GetProperty("detail").GetString();
        using var wrong = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: "not-a-seat");
        var freed = (await Problems.AssertAsync(wrong, HttpStatusCode.Forbidden, "X-Seat-Token")).GetProperty("detail").GetString();

        Assert.StartsWith("was not sent", missing, StringComparison.Ordinal);
        Assert.StartsWith("is not a seat of game", freed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondPressOfTheTeachersButton_FromAPhaseTheGameHasLeft_ChangesNothing()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();

        // A double click: both presses were made on a page that showed the lobby.
        using var first = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?from=lobby&round=0", teacher: teacher);
        using var second = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?from=lobby&round=0", teacher: teacher);

        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        await Problems.AssertAsync(second, HttpStatusCode.Conflict, "phase");
        var view = await game.ViewAsync(code);
        Assert.Equal(("deciding", 1), (view.GetProperty("phase").GetString(), view.GetProperty("round").GetInt32()));
        // From the phase and round the game is in, the button works; a phase that is no phase is refused by name.
        using var next = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?from=deciding&round=1", teacher: teacher);
        Assert.True(next.IsSuccessStatusCode, await next.Content.ReadAsStringAsync());
        Assert.Equal("judged", (await game.ViewAsync(code)).GetProperty("phase").GetString());
        using var bad = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?from=3&round=1", teacher: teacher);
        await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "from");
        using var combined = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?from=deciding,judged&round=1", teacher: teacher);
        await Problems.AssertAsync(combined, HttpStatusCode.BadRequest, "from");
        using var roundAlone = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?round=1", teacher: teacher);
        await Problems.AssertAsync(roundAlone, HttpStatusCode.BadRequest, "from");

        // The same phase in a later round: a second device still showing round 1's results cannot open round 3.
        await game.AdvanceAsync(code, teacher);
        await game.AdvanceAsync(code, teacher);
        using var stale = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/advance?from=judged&round=1", teacher: teacher);
        var problem = await Problems.AssertAsync(stale, HttpStatusCode.Conflict, "phase");
        Assert.Contains("reload", problem.GetProperty("detail").GetString());
        Assert.Equal(("judged", 2), ((await game.ViewAsync(code)).GetProperty("phase").GetString(), (await game.ViewAsync(code)).GetProperty("round").GetInt32()));
    }

    [Fact]
    public async Task TheEventStream_SendsTheNewStateWhenTheTeacherAdvances()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        using var stream = await http.GetStreamAsync($"api/games/{code}/events");
        using var reader = new StreamReader(stream);

        var first = await NextState(reader);
        await game.AdvanceAsync(code, teacher);
        var second = await NextState(reader);

        Assert.Equal("lobby", first.GetProperty("phase").GetString());
        Assert.Equal("deciding", second.GetProperty("phase").GetString());
        Assert.True(second.GetProperty("version").GetInt64() > first.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task WithAServerJoinCode_OnlyTheTeacherNeedsIt_StudentsJoinWithTheGameCode()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(joinCode: "room-12");
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = address };
        using var refused = await http.PostAsync("api/games", GameClient.Json("""{"scenario":"smoke"}"""));
        await Problems.AssertAsync(refused, HttpStatusCode.Unauthorized, "X-Join-Code");
        using var unknown = await http.GetAsync("api/games/NOSUCH");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode); // a game code is its own key: no game, 404, counted as a guess

        http.DefaultRequestHeaders.Add("X-Join-Code", "room-12");
        var (code, _) = await new GameClient(http).StartAsync("smoke");
        http.DefaultRequestHeaders.Remove("X-Join-Code");

        var (_, region) = await new GameClient(http).TakeSeatAsync(code.ToLowerInvariant(), "Student");
        Assert.False(string.IsNullOrEmpty(region));
    }

    [Fact]
    public async Task TheTeacher_CanFreeARegion_WhoseTokenThenStopsWorking()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (token, _) = await game.TakeSeatAsync(code, "Wrong pick", "gwangju");
        await game.AdvanceAsync(code, teacher);

        using (var asStudent = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/gwangju", teacher: token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, asStudent.StatusCode);
        }
        using (var freed = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/gwangju", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, freed.StatusCode);
        }
        using (var nobody = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/gwangju", teacher: teacher))
        {
            await Problems.AssertAsync(nobody, HttpStatusCode.NotFound, "region");
        }
        using (var atlantis = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/atlantis", teacher: teacher))
        {
            var problem = await Problems.AssertAsync(atlantis, HttpStatusCode.NotFound, "region");
            Assert.Contains("there is no region 'atlantis'", problem.GetProperty("detail").GetString());
            Assert.Contains("its regions are seoul, busan, ", problem.GetProperty("detail").GetString());
        }
        using (var byName = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/Gwangju", teacher: teacher))
        {
            var problem = await Problems.AssertAsync(byName, HttpStatusCode.NotFound, "region");
            Assert.EndsWith("ids are written as the scenario writes them, here 'gwangju'", problem.GetProperty("detail").GetString());
        }
        using (var capitals = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/regime", """{"regime":"LEE"}""", teacher: teacher))
        {
            var problem = await Problems.AssertAsync(capitals, HttpStatusCode.BadRequest, "regime");
            Assert.Equal("must be one of roh, lee, written as the scenario writes them: 'lee', not 'LEE'", problem.GetProperty("detail").GetString());
        }

        using var stale = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: token);
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await game.ViewAsync(code, token)).GetProperty("me").ValueKind);
        var (_, again) = await game.TakeSeatAsync(code, "Right pick", "gwangju");
        Assert.Equal("gwangju", again);
    }

    [Fact]
    public async Task AServerHoldsABoundedNumberOfGames()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder()) { MaxGames = 1 });
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = address };
        await new GameClient(http).StartAsync("smoke");

        using var second = await http.PostAsync("api/games", GameClient.Json("""{"scenario":"smoke"}"""));

        await Problems.AssertAsync(second, HttpStatusCode.TooManyRequests, "games");
        Assert.Contains("holds 1 unfinished game,", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"bid":true,"effort":"10"}""", "effort", "must be a number, written as a JSON number")]
    [InlineData("""{"bid":"yes","effort":10}""", "bid", "must be true or false")]
    [InlineData("""{"bid":true,"effort":10,"effort":12}""", "effort", "given once")]
    [InlineData("""{"bid":true,"efort":10}""", "efort", "is not a field of this request")]
    [InlineData("""{"bid":true,"effort":10""", "body", "is not well-formed JSON (line 1")]
    public async Task AMalformedDecision_IsRefused_SayingWhatItsFieldMustHold(string body, string field, string detail)
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Incheon player", "incheon");
        await game.AdvanceAsync(code, teacher);

        using var response = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", body, seat: seat);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("seed", problem.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> NextState(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }
        throw new EndOfStreamException("the event stream ended");
    }
}
