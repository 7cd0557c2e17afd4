namespace Simulation.Web.Tests;

/// <summary>
/// A captain freed mid-round hands the decision to the new captain, whether or not the freed captain had proposed: a silent
/// captain is the one a teacher frees, and the new captain's proposal must then decide rather than the model; a captain the
/// teacher names decides alone, the former captain's proposal no longer counting. The teacher
/// names a member as a student would be told apart (any spelling that reads the same), and the debrief lists a team one
/// name a line.
/// </summary>
public sealed class TeamRulesTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task ASilentCaptainFreed_TheNewCaptainsProposalDecides()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3,"captains":true}""");
        await game.TakeSeatAsync(code, "Cap", "daegu"); // the captain, who sends nothing
        var (next, _) = await game.TakeSeatAsync(code, "Next", "daegu");
        await game.AdvanceAsync(code, teacher);
        await game.DecideAsync(code, next, """{"bid":true,"effort":2}"""); // advice only, while Cap is captain

        await game.FreeAsync(code, "daegu", "Cap", teacher);
        var daegu = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "daegu");
        Assert.True(daegu.GetProperty("decided").GetBoolean());
        var judged = await game.AdvanceAsync(code, teacher);

        Assert.DoesNotContain("daegu", judged.GetProperty("autoPlayed").EnumerateArray().Select(r => r.GetString()));
        var row = (await game.ExportRowsAsync(code, teacher)).Single(r => r["student"] == "Next");
        Assert.Equal(("true", "2"), (row["decided_bid"], row["decided_effort"]));
        Assert.NotEqual("model", row["decided_by"]);
    }

    [Fact]
    public async Task ASilentCaptainFreed_WithNoProposalFromTheNewCaptain_LeavesTheModelToPlay()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3,"captains":true}""");
        await game.TakeSeatAsync(code, "Cap", "daegu");
        await game.TakeSeatAsync(code, "Next", "daegu");
        var (third, _) = await game.TakeSeatAsync(code, "Third", "daegu");
        await game.AdvanceAsync(code, teacher);
        await game.DecideAsync(code, third, """{"bid":true,"effort":2}"""); // Third is not the next captain: advice stays advice

        await game.FreeAsync(code, "daegu", "Cap", teacher);
        var judged = await game.AdvanceAsync(code, teacher);

        Assert.Contains("daegu", judged.GetProperty("autoPlayed").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ACaptainNamedMidRound_DecidesAlone_TheFormerCaptainsProposalNoLonger()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3,"captains":true}""");
        var (cap, _) = await game.TakeSeatAsync(code, "Cap", "daegu");
        await game.TakeSeatAsync(code, "Named", "daegu");
        await game.AdvanceAsync(code, teacher);
        await game.DecideAsync(code, cap, """{"bid":true,"effort":2}"""); // the captain's: Daegu's decision

        await game.NameCaptainAsync(code, "daegu", "Named", teacher);
        var daegu = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "daegu");
        var judged = await game.AdvanceAsync(code, teacher);

        Assert.False(daegu.GetProperty("decided").GetBoolean()); // waiting for the new captain
        Assert.Contains("daegu", judged.GetProperty("autoPlayed").EnumerateArray().Select(r => r.GetString())); // who sent nothing
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheDebrief_SaysThatMembersOnlyAdvise_OnlyInAGameWithCaptains(bool captains)
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync($$"""{"scenario":"baseline","teamSize":2,"captains":{{(captains ? "true" : "false")}}}""");
        await game.TakeSeatAsync(code, "Cap", "daegu");
        await game.PlayToTheEndAsync(code, teacher);

        var said = (await game.DebriefAsync(code, teacher)).Contains("With captains, only a captain's proposal decides; the rest of a team's are advice", StringComparison.Ordinal);

        Assert.Equal(captains, said);
    }

    [Fact]
    public async Task TheTeacherNamesAMember_InAnySpellingThatReadsTheSame_AndAWrongNameIsToldTheTeam()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3,"captains":true}""");
        await game.TakeSeatAsync(code, "Cap", "daegu");
        var (late, _) = await game.TakeSeatAsync(code, "Late 56", "daegu");

        await game.NameCaptainAsync(code, "daegu", "LATE  56", teacher);
        Assert.True((await game.ViewAsync(code, late)).GetProperty("me").GetProperty("captain").GetBoolean());
        using (var wrong = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/daegu?name=Lately", teacher: teacher))
        {
            var problem = await Problems.AssertAsync(wrong, System.Net.HttpStatusCode.NotFound, "name");
            Assert.Contains("(its team: 'Cap', 'Late 56')", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        await game.FreeAsync(code, "daegu", "cap", teacher);

        var daegu = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "daegu");
        Assert.Equal(["Late 56"], daegu.GetProperty("team").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task TheDebrief_ListsATeamOneNameALine()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":2}""");
        await game.TakeSeatAsync(code, "Kim Minji", "daegu");
        await game.TakeSeatAsync(code, "Bo", "daegu");
        await game.PlayToTheEndAsync(code, teacher);

        Assert.Contains("<td>Kim Minji<br>Bo</td>", await game.DebriefAsync(code, teacher), StringComparison.Ordinal);
    }
}
