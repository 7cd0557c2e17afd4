using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulation.Web.Tests;

/// <summary>The debrief is dated in the teacher's time zone, naming it, and names each round's regime as the scenario does.</summary>
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

        var seoul = await http.GetStringAsync($"api/games/{code}/debrief?teacher={teacher}&tz=Asia%2FSeoul");
        var plain = await http.GetStringAsync($"api/games/{code}/debrief?teacher={teacher}");

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

        var debrief = await http.GetStringAsync($"api/games/{code}/debrief?teacher={teacher}");

        Assert.Contains("<p>3 students in 4 regions; ", debrief, StringComparison.Ordinal);
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

        var debrief = await http.GetStringAsync($"api/games/{code}/debrief?teacher={teacher}");

        var row = System.Text.RegularExpressions.Regex.Match(debrief, "<tr><td>Jeju</td>.*?</tr>").Value;
        Assert.Contains("<td class=\"n\">—</td>", row, StringComparison.Ordinal);
        Assert.DoesNotContain("%", row, StringComparison.Ordinal);
        Assert.Contains("none: a candidate in no round", row, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"made (\d{4}-\d\d-\d\d \d\d:\d\d) \(([^ ]+) time, UTC([+−]\d\d:\d\d)\)")]
    private static partial Regex Made();
}
