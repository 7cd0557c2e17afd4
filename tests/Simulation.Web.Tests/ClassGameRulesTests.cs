using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Simulation.Web.Tests;

/// <summary>
/// The class game's rules where a real class tests them: a finished game takes no one; names are readable and tell
/// students apart; a round's "decided by the model" names only the regions the round admits; a consortium's students are
/// told whom they bid with and have no teaming up to choose; one member can leave a team;
/// the export is safe to open in a spreadsheet; and the debrief
/// counts everyone who played and every judged round; a region that bids in no round is seated last.
/// </summary>
public sealed class ClassGameRulesTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AFinishedGame_TakesNoOneElse()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Ana", "daegu");
        await game.PlayToTheEndAsync(code, teacher);

        using var late = await http.PostAsync($"api/games/{code}/seats", GameClient.Json("""{"name":"Late"}"""));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("game is over", await late.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("\u200b")]
    [InlineData("Ana\nBo")]
    [InlineData("Ana\u0000")]
    [InlineData("...")]
    public async Task ANameThatDoesNotShowAsItIs_IsRefused(string name)
    {
        using var http = server.Client();
        var (code, _) = await new GameClient(http).StartAsync();

        using var response = await http.PostAsync($"api/games/{code}/seats", JsonContent.Create(new { name }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("name", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task ASecondStudentOfTheSameName_IsAskedToTellThemselvesApart_AndAKoreanNameIsWelcome()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();
        await game.TakeSeatAsync(code, "김민지", "daegu");

        using var twin = await http.PostAsync($"api/games/{code}/seats", JsonContent.Create(new { name = "김민지" }));
        // The same name from a keyboard that sends Hangul as separate jamo reads the same on the teacher's page.
        using var jamo = await http.PostAsync($"api/games/{code}/seats", JsonContent.Create(new { name = "\u1100\u1175\u11B7\u1106\u1175\u11AB\u110C\u1175" }));

        Assert.Equal(HttpStatusCode.Conflict, twin.StatusCode);
        var said = await twin.Content.ReadAsStringAsync();
        Assert.Contains("add an initial", said);
        Assert.Contains("if that is you on another device, ask the teacher to let you in again", said); // a new phone: not a second seat
        Assert.Equal(HttpStatusCode.Conflict, jamo.StatusCode);
    }

    [Fact]
    public async Task AnyRegion_SeatsNoOneWhereNoRoundIsPlayed_UntilEveryOtherTeamIsFull()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync(); // one student a region; Jeju bids in none of the baseline's three rounds
        var given = new List<string>();
        for (var i = 0; i < 16; i++)
        {
            given.Add((await game.TakeSeatAsync(code, $"Student {(char)('A' + i)}")).Region);
        }

        Assert.DoesNotContain("jeju", given.Take(15));
        Assert.Equal("jeju", given[15]);
        Assert.Equal(16, given.Distinct().Count());
    }

    [Fact]
    public async Task AnyRegion_InTheLastRound_SeatsTheRoundsCandidatesFirst()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        for (var phase = 0; phase < 5; phase++) // open and judge Maglev and Robot Land, open the Medical Complex
        {
            await game.AdvanceAsync(code, teacher);
        }
        var candidates = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().Count(r => r.GetProperty("eligible").GetBoolean());

        var eligible = new List<bool>();
        for (var i = 0; i < candidates; i++)
        {
            var (token, _) = await game.TakeSeatAsync(code, $"Late {(char)('A' + i)}");
            eligible.Add((await game.ViewAsync(code, token)).GetProperty("me").GetProperty("brief").GetProperty("eligible").GetBoolean());
        }

        Assert.InRange(candidates, 2, 15);
        // A region whose rounds are all judged only watches: seated after the last round's candidates. (In the baseline
        // every such region also bid in fewer rounds overall, so counting every round would seat the same students.)
        Assert.All(eligible, Assert.True);
    }

    [Fact]
    public async Task AFullWidthSpace_AsAKoreanKeyboardTypesIt_IsWelcome()
    {
        using var http = server.Client();
        var (code, _) = await new GameClient(http).StartAsync();

        using var seated = await http.PostAsync($"api/games/{code}/seats", JsonContent.Create(new { name = "Kim\u3000Lee" }));

        Assert.Equal(HttpStatusCode.Created, seated.StatusCode);
    }

    [Fact]
    public async Task ANoBreakSpace_PastedIntoAName_IsAnOrdinarySpace()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();

        using var seated = await http.PostAsync($"api/games/{code}/seats", JsonContent.Create(new { name = "Ana\u00a0Bo" }));
        using var again = await http.PostAsync($"api/games/{code}/seats", JsonContent.Create(new { name = "Ana Bo" }));

        Assert.Equal(HttpStatusCode.Created, seated.StatusCode);
        Assert.NotEqual(HttpStatusCode.Created, again.StatusCode); // the same name, typed with an ordinary space
    }

    [Fact]
    public async Task ARegionTheRoundDoesNotAdmit_IsNotSaidToBePlayedByTheModel()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Ana", "daegu"); // a Maglev candidate, silent
        await game.TakeSeatAsync(code, "Cy", "busan"); // not a Maglev candidate
        await game.AdvanceAsync(code, teacher);

        var judged = await game.AdvanceAsync(code, teacher);

        Assert.Equal(["daegu"], judged.GetProperty("autoPlayed").EnumerateArray().Select(r => r.GetString()));
        var rows = (await game.ExportRowsAsync(code, teacher)).ToDictionary(r => r["region"]);
        Assert.Equal("model", rows["daegu"]["decided_by"]);
        Assert.Equal("not a candidate", rows["busan"]["decided_by"]);
        // What the model did for the region it played is in the file, as the round's results show it.
        var bid = judged.GetProperty("results")[0].GetProperty("bids").EnumerateArray()
            .Where(b => b.GetProperty("regions").EnumerateArray().Any(r => r.GetString() == "daegu")).ToList();
        Assert.Single(bid); // Daegu bids alone for the Maglev line whenever it enters, and its agent enters at this seed
        Assert.Equal(("true", Math.Round(bid[0].GetProperty("effortBillionWon").GetDouble(), 3).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)),
            (rows["daegu"]["decided_bid"], rows["daegu"]["decided_effort"]));
        Assert.Equal(("", ""), (rows["busan"]["decided_bid"], rows["busan"]["decided_effort"]));
    }

    [Fact]
    public async Task AConsortiumsStudents_SeeWhomTheyBidWith_AndHaveNoTeamingUpToChooseOrExport()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher, daegu, gyeongbuk) = await MedicalComplexOpenAsync(game);

        var brief = (await game.ViewAsync(code, daegu)).GetProperty("me").GetProperty("brief");
        using var teamUp = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":true,"effort":50,"teamUp":true}""", seat: daegu);
        await game.DecideAsync(code, daegu, """{"bid":true,"effort":50,"teamUp":false}""");
        await game.DecideAsync(code, gyeongbuk, """{"bid":true,"effort":30,"teamUp":false}""");
        await game.AdvanceAsync(code, teacher);
        var rows = (await game.ExportRowsAsync(code, teacher)).Where(r => r["project"] == "medicalComplex").ToList();

        Assert.Equal(["gyeongbuk"], brief.GetProperty("consortium").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(brief.GetProperty("partners").EnumerateArray());
        await Problems.AssertAsync(teamUp, HttpStatusCode.BadRequest, "teamUp");
        Assert.Contains("bids as one with its consortium", await teamUp.Content.ReadAsStringAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(("true", "", "", "true"), (r["decided_bid"], r["decided_team_up"], r["proposed_team_up"], r["bid_entered"])));
    }

    [Fact]
    public async Task AConsortiumWhosePartnerStaysOut_IsExportedAsNotHavingEntered_ThoughItsRegionChoseToBid()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher, daegu, gyeongbuk) = await MedicalComplexOpenAsync(game);

        await game.DecideAsync(code, daegu, """{"bid":true,"effort":7}""");
        await game.DecideAsync(code, gyeongbuk, """{"bid":false}""");
        await game.AdvanceAsync(code, teacher);
        var rows = (await game.ExportRowsAsync(code, teacher)).Where(r => r["project"] == "medicalComplex").ToDictionary(r => r["region"]);

        Assert.Equal(("true", "false", "false"), (rows["daegu"]["decided_bid"], rows["daegu"]["bid_entered"], rows["daegu"]["won"]));
        Assert.Equal(("false", "false"), (rows["gyeongbuk"]["decided_bid"], rows["gyeongbuk"]["bid_entered"]));
    }

    // A game with students in Daegu and Gyeongbuk, the Medical Complex's consortium on record, whose round is open.
    private static async Task<(string Code, string Teacher, string Daegu, string Gyeongbuk)> MedicalComplexOpenAsync(GameClient game)
    {
        var (code, teacher) = await game.StartAsync();
        var (daegu, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        var (gyeongbuk, _) = await game.TakeSeatAsync(code, "Bo", "gyeongbuk");
        for (var phase = 0; phase < 5; phase++) // open and judge Maglev and Robot Land, open the Medical Complex
        {
            await game.AdvanceAsync(code, teacher);
        }
        return (code, teacher, daegu, gyeongbuk);
    }

    [Fact]
    public async Task TheExport_OpensSafelyInASpreadsheet()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (ana, _) = await game.TakeSeatAsync(code, "=SUM(9+9)", "daegu");
        await game.AdvanceAsync(code, teacher);
        using (await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: ana))
        {
        }
        await game.AdvanceAsync(code, teacher);

        var bytes = await http.GetByteArrayAsync((await game.LinksAsync(code, teacher)).Export);
        var rows = await game.ExportRowsAsync(code, teacher);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3)); // UTF-8's byte-order mark, for spreadsheets
        Assert.Equal("'=SUM(9+9)", rows.Single()["student"]); // shown as text, never computed
        Assert.Equal("student", rows.Single()["decided_by"]); // a team of one
        // The link's wrong key is named where the link carries it.
        using var wrong = await http.GetAsync($"api/games/{code}/export.csv?key=not-the-key");
        await Problems.AssertAsync(wrong, HttpStatusCode.Forbidden, "key");
    }

    [Fact]
    public async Task OneMemberLeavesATeam_TheOtherPlaysOn_AsCaptain()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":2,"captains":true}""");
        var (ana, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        var (bo, _) = await game.TakeSeatAsync(code, "Bo", "daegu");

        using (var freed = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/daegu?name=Ana", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, freed.StatusCode);
        }

        using (var gone = await game.SendAsync(HttpMethod.Get, $"api/games/{code}", seat: ana))
        {
            var me = (await gone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("me");
            Assert.Equal(JsonValueKind.Null, me.ValueKind);
        }
        var bosView = (await game.ViewAsync(code, bo)).GetProperty("me");
        Assert.True(bosView.GetProperty("captain").GetBoolean());
        var daegu = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "daegu");
        Assert.Equal(["Bo"], daegu.GetProperty("team").EnumerateArray().Select(n => n.GetString()));
        using (var nobody = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/daegu?name=Ana", teacher: teacher))
        {
            await Problems.AssertAsync(nobody, HttpStatusCode.NotFound, "name");
        }
        using var stranger = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/captain", """{"region":"daegu","name":"Ana"}""", teacher: teacher);
        await Problems.AssertAsync(stranger, HttpStatusCode.BadRequest, "name");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AMemberWhoLeaves_NoLongerDecides_AndTheExportKeepsTheirProposal(bool captains)
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.PlayARoundHanaLeavesAsync(captains);

        var rows = (await game.ExportRowsAsync(code, teacher)).ToDictionary(r => r["student"]);
        Assert.Equal(("false", "false", "false"), (rows["Minji"]["proposed_bid"], rows["Minji"]["decided_bid"], rows["Minji"]["left_before_judging"]));
        Assert.Equal(("true", "false", "true"), (rows["Hana"]["proposed_bid"], rows["Hana"]["decided_bid"], rows["Hana"]["left_before_judging"]));
    }

    [Fact]
    public async Task AMemberWhoseProposalIsNotTheDecision_LeavesItAsItIs()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3,"captains":true}""");
        var (hana, _) = await game.TakeSeatAsync(code, "Hana", "daegu"); // the captain
        var (minjiSeat, _) = await game.TakeSeatAsync(code, "Minji", "daegu");
        var (jisoo, _) = await game.TakeSeatAsync(code, "Jisoo", "daegu");
        await game.AdvanceAsync(code, teacher);
        await game.DecideAsync(code, hana, """{"bid":true,"effort":2}""");
        await game.NameCaptainAsync(code, "daegu", "Minji", teacher);
        await game.DecideAsync(code, minjiSeat, """{"bid":true,"effort":2}"""); // the new captain decides
        await game.DecideAsync(code, jisoo, """{"bid":false}"""); // advice only

        await game.FreeAsync(code, "daegu", "Jisoo", teacher);
        await game.AdvanceAsync(code, teacher);

        var minji = (await game.ExportRowsAsync(code, teacher)).Single(r => r["student"] == "Minji");
        Assert.Equal(("team", "true"), (minji["decided_by"], minji["decided_bid"])); // Minji's bid stands: Jisoo's advice never decided
    }

    [Fact]
    public async Task TheLastProposerLeaving_HandsTheRegionBackToTheModelForTheRound()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3,"captains":false}""");
        var (leaver, _) = await game.TakeSeatAsync(code, "Hana", "daegu");
        await game.TakeSeatAsync(code, "Minji", "daegu");
        await game.AdvanceAsync(code, teacher);
        await game.DecideAsync(code, leaver, """{"bid":true,"effort":2}""");

        await game.FreeAsync(code, "daegu", "Hana", teacher);
        await game.AdvanceAsync(code, teacher);

        Assert.All((await game.ExportRowsAsync(code, teacher)).Where(r => r["region"] == "daegu"), r => Assert.Equal("model", r["decided_by"]));
    }

    [Fact]
    public async Task TheDebrief_CountsAStudentWhoWasFreed_AndEveryJudgedRound()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (ana, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        await game.AdvanceAsync(code, teacher);
        using (await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: ana))
        {
        }
        await game.AdvanceAsync(code, teacher); // round 1 judged
        using (await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/daegu", teacher: teacher))
        {
        }
        await game.AdvanceAsync(code, teacher);
        await game.AdvanceAsync(code, teacher); // round 2 judged, nobody seated

        var html = await game.DebriefAsync(code, teacher);

        Assert.Contains("1 student (1 freed) in 1 region; 2 rounds judged", html); // she decided for Daegu in round 1
    }

    [Fact]
    public async Task TheDebrief_GivesNoVerdict_ForARegionNobodyDecidedFor()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (ana, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        await game.TakeSeatAsync(code, "Cy", "gangwon"); // sends nothing
        await game.AdvanceAsync(code, teacher);
        await game.DecideAsync(code, ana, """{"bid":false}""");
        await game.PlayToTheEndAsync(code, teacher);

        var debrief = await game.DebriefAsync(code, teacher);
        // The teams' table, before the rounds' and each round's bids, whose rows also start with a region's name.
        var teams = debrief[..debrief.IndexOf("<h2>Rounds</h2>", StringComparison.Ordinal)];
        var rows = Regex.Matches(teams, "<tr><td>([^<]+)</td>.*?</tr>").ToDictionary(m => m.Groups[1].Value, m => m.Value);

        Assert.Contains("none: nobody in its team decided, the model played it", rows["Gangwon"]);
        var seats = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("candidateRounds").GetInt32());
        Assert.Equal(0, seats["jeju"]); // the seat list tells a student choosing it that it only watches
        Assert.Equal(3, seats["daegu"]); // a candidate in every baseline competition
        Assert.DoesNotContain("none: nobody", rows["Daegu"]);
        Assert.Contains("than the model in the same world", rows["Daegu"]);
    }
}
