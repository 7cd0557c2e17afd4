using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Simulation.Web.Tests;

/// <summary>
/// A student's effort is judged as the page shows it: an effort typed as the error message quotes it is accepted, the most
/// the page shows is taken as the exact most, and a refusal speaks in the page's ₩ bn.
/// </summary>
public sealed partial class ClassGameEffortTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AnEffortTypedAsTheErrorQuotesIt_IsAccepted()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (ana, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        await game.AdvanceAsync(code, teacher);

        using var tooMuch = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":true,"effort":1e9}""", seat: ana);
        var detail = (await tooMuch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        var bounds = Bounds().Match(detail);
        Assert.True(bounds.Success, detail);

        // Daegu's budget left covers only the smallest bid in this round: the one effort it may bid is quoted as such.
        Assert.False(bounds.Groups[2].Success, detail);
        Assert.EndsWith(" bn this round: what is left of this year's budget covers no more than the smallest bid", detail, StringComparison.Ordinal);
        foreach (var quoted in new[] { bounds.Groups[1].Value, bounds.Groups[2].Value }.Where(v => v.Length > 0))
        {
            using var typed = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", $$"""{"bid":true,"effort":{{quoted}}}""", seat: ana);
            Assert.True(typed.IsSuccessStatusCode, $"{quoted}: {await typed.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task TheMostAsThePageShowsIt_IsTakenAsTheMost_AndATenthMore_IsRefusedInThePagesUnits()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (minji, _) = await game.TakeSeatAsync(code, "Minji", "incheon");
        await game.AdvanceAsync(code, teacher);
        var brief = (await game.ViewAsync(code, minji)).GetProperty("me").GetProperty("brief");
        var (floor, cap) = (brief.GetProperty("effortFloorBillionWon").GetDouble(), brief.GetProperty("effortCapBillionWon").GetDouble());
        var shown = double.Parse(cap.ToString("0.0", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture); // as the page writes it
        Assert.NotEqual(cap, shown); // Incheon's budget left is no round tenth here, so the page rounds it

        var aTenthMore = (shown + 0.1).ToString("R", CultureInfo.InvariantCulture);
        using var above = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", $$"""{"bid":true,"effort":{{aTenthMore}}}""", seat: minji);
        var problem = await Problems.AssertAsync(above, HttpStatusCode.BadRequest, "effort");
        Assert.Equal($"must be between {Money(floor)} and {Money(cap)} this round", problem.GetProperty("detail").GetString());

        await game.DecideAsync(code, minji, $$"""{"bid":true,"effort":{{shown.ToString("R", CultureInfo.InvariantCulture)}}}""");
        var proposed = (await game.ViewAsync(code, minji)).GetProperty("me").GetProperty("proposal").GetProperty("effort").GetDouble();
        Assert.Equal(cap, proposed); // the most Incheon can spend, not the rounded amount above it
    }

    private static string Money(double billionWon) => "₩" + billionWon.ToString("#,0.0", CultureInfo.InvariantCulture) + " bn";

    [GeneratedRegex(@"must be (?:between )?₩([0-9.]+) bn(?: and ₩([0-9.]+) bn)?")]
    private static partial Regex Bounds();
}
