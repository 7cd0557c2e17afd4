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

    [GeneratedRegex(@"made (\d{4}-\d\d-\d\d \d\d:\d\d) \(([^ ]+) time, UTC([+−]\d\d:\d\d)\)")]
    private static partial Regex Made();
}
