using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulation.Web.Tests;

/// <summary>The debrief is dated in the teacher's time zone, naming it, names each round's regime as the scenario does, and
/// does not credit a class with the model's play.</summary>
public sealed partial class DebriefTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task TheDebrief_IsDatedInTheTeachersTimeZone_AndNamesTheRegimes()
    {
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();
        await client.TakeSeatAsync(code, "Minji", "incheon");
        for (var i = 0; i < 4; i++)
        {
            await client.AdvanceAsync(code, teacher);
        }
        using (await client.SendAsync(HttpMethod.Put, $"api/games/{code}/regime", """{"regime":"lee"}""", teacher: teacher))
        {
        }
        await client.AdvanceAsync(code, teacher);
        await client.AdvanceAsync(code, teacher);

        var seoul = await client.DebriefAsync(code, teacher, "&tz=Asia%2FSeoul");
        var plain = await client.DebriefAsync(code, teacher);

        var made = Made().Match(seoul);
        Assert.True(made.Success, "the debrief names no time zone");
        Assert.Equal("Asia/Seoul", made.Groups[2].Value);
        Assert.Equal("+09:00", made.Groups[3].Value);
        var at = DateTime.ParseExact(made.Groups[1].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.InRange((DateTime.UtcNow.AddHours(9) - at).TotalMinutes, -1, 3);
        Assert.Matches(Made(), plain); // the server's own zone, named
        Assert.Contains("<td>Centralized de-concentration (Roh era)</td>", seoul, StringComparison.Ordinal);
        Assert.Contains("<td>Regionalized concentration (Lee era)</td>", seoul, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>lee</td>", seoul, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDebrief_CountsStudents_NotTheSeatsTheyTook()
    {
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();
        await client.TakeSeatAsync(code, "Ana", "incheon");
        await client.TakeSeatAsync(code, "Bo", "daegu");
        // Ana is freed and takes her region again (her name typed otherwise); Cy, in a region that only watches, moves to one that bids.
        await client.FreeAsync(code, "incheon", "Ana", teacher);
        await client.TakeSeatAsync(code, "ANA", "incheon");
        var (cy, _) = await client.TakeSeatAsync(code, "Cy", "jeju");
        using (var moved = await client.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", """{"region":"busan"}""", seat: cy))
        {
            Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        }

        var debrief = await client.DebriefAsync(code, teacher);

        // Three regions: Jeju, where Cy sat for a moment before moving, was played by nobody.
        Assert.Contains("<p>3 students in 3 regions; ", debrief, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDebrief_SaysHowManyStudentsWereFreed_AndCountsTheRegionsStudentsPlayed()
    {
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();
        await client.TakeSeatAsync(code, "Ana", "incheon");
        var (dan, _) = await client.TakeSeatAsync(code, "Dan", "gwangju");
        await client.TakeSeatAsync(code, "Eve", "seoul");
        await client.AdvanceAsync(code, teacher); // round 1, Maglev: Gwangju is a candidate
        await client.DecideAsync(code, dan, """{"bid":false}""");
        await client.AdvanceAsync(code, teacher);
        // Dan decided for Gwangju before leaving; Eve leaves having decided nothing, so Seoul was never played.
        await client.FreeAsync(code, "gwangju", "Dan", teacher);
        await client.FreeAsync(code, "seoul", "Eve", teacher);

        var debrief = await client.DebriefAsync(code, teacher);
        var view = await client.ViewAsync(code);

        Assert.Contains("<p>3 students (2 freed) in 2 regions; ", debrief, StringComparison.Ordinal);
        // The teacher's page counts who is seated now: the freed students make the difference.
        Assert.Equal(1, view.GetProperty("students").GetInt32());
    }

    [Fact]
    public async Task ARegionThatOnlyWatched_ShowsNoShareOfGamesBeaten()
    {
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();
        await client.TakeSeatAsync(code, "Cy", "jeju");
        while ((await client.AdvanceAsync(code, teacher)).GetProperty("phase").GetString() != "finished")
        {
        }

        var debrief = await client.DebriefAsync(code, teacher);

        var row = System.Text.RegularExpressions.Regex.Match(debrief, "<tr><td>Jeju</td>.*?</tr>").Value;
        Assert.Contains("<td class=\"n\">—</td>", row, StringComparison.Ordinal);
        Assert.DoesNotContain("%", row, StringComparison.Ordinal);
        Assert.Contains("none: a candidate in no round", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDebrief_ListsEveryBidOfEveryRound_WithWhoDecidedIt_AndWhyTheWinnersWon()
    {
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();
        var (minji, _) = await client.TakeSeatAsync(code, "Minji", "incheon");
        await client.AdvanceAsync(code, teacher);
        var floor = (await client.ViewAsync(code, minji)).GetProperty("me").GetProperty("brief").GetProperty("effortFloorBillionWon").GetDouble();
        var effort = Math.Ceiling(floor * 10 + 1) / 10; // a tenth above the least a bid costs, as the page writes it
        await client.DecideAsync(code, minji, $$"""{"bid":true,"effort":{{effort.ToString("R", CultureInfo.InvariantCulture)}}}""");
        await client.PlayToTheEndAsync(code, teacher);
        var view = await client.ViewAsync(code);
        var first = view.GetProperty("results")[0];

        var debrief = await client.DebriefAsync(code, teacher);

        var rounds = view.GetProperty("results").GetArrayLength();
        Assert.Equal(rounds, Regex.Matches(debrief, "<h3>Round [0-9]+: ").Count);
        var section = debrief[debrief.IndexOf("<h3>Round 1: ", StringComparison.Ordinal)..debrief.IndexOf("<h3>Round 2: ", StringComparison.Ordinal)];
        Assert.Contains($"<tr><td>Incheon</td><td>the class</td><td class=\"n\">{effort.ToString("0.0", CultureInfo.InvariantCulture)}</td>", section, StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("bids").GetArrayLength(), Regex.Matches(section, "<tr><td>").Count);
        Assert.Equal(first.GetProperty("bids").GetArrayLength() - 1, Regex.Matches(section, "<td>the model</td>").Count);
        foreach (var why in first.GetProperty("why").EnumerateArray())
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(why.GetString()!), section, StringComparison.Ordinal);
        }
        Assert.Matches(@"game started \d{4}-\d\d-\d\d \d\d:\d\d \([^ ]+ time, UTC[+−]\d\d:\d\d\), this page made ", debrief);
    }

    [Fact]
    public async Task AVerdictTheModelsPlayHelpedMake_SaysSo()
    {
        using var http = server.Client();
        var client = new GameClient(http);
        // Daegu's student decides the first round only (staying out); the model plays its later rounds. In the first seed whose
        // game has the model bid for Daegu there, its net gain is partly the model's, and the verdict must say so.
        for (var seed = 1; seed <= 20; seed++)
        {
            var (code, teacher) = await client.StartWithAsync($$"""{"scenario":"baseline","teamSize":1,"seed":{{seed}}}""");
            var (daegu, _) = await client.TakeSeatAsync(code, "Minji", "daegu");
            await client.AdvanceAsync(code, teacher);
            await client.DecideAsync(code, daegu, """{"bid":false}""");
            await client.PlayToTheEndAsync(code, teacher);
            var modelBids = (await client.ViewAsync(code)).GetProperty("results").EnumerateArray().Skip(1)
                .SelectMany(r => r.GetProperty("bids").EnumerateArray())
                .Count(b => !b.GetProperty("played").GetBoolean() && b.GetProperty("regions").EnumerateArray().Any(x => x.GetString() == "daegu"));
            var row = Regex.Match(await client.DebriefAsync(code, teacher), "<tr><td>Daegu</td>.*?</tr>").Value;
            Assert.NotEqual("", row);
            if (modelBids == 0)
            {
                Assert.DoesNotContain("partly by the model's play", row, StringComparison.Ordinal);
                continue;
            }
            Assert.Contains("class=\"mixed\"", row, StringComparison.Ordinal);
            Assert.Contains("than the model in the same world, partly by the model's play in rounds nobody in its team decided", row, StringComparison.Ordinal);
            return;
        }
        Assert.Fail("in no seed did the model bid for Daegu after its first round");
    }

    [GeneratedRegex(@"made (\d{4}-\d\d-\d\d \d\d:\d\d) \(([^ ]+) time, UTC([+−]\d\d:\d\d)\)")]
    private static partial Regex Made();
}
