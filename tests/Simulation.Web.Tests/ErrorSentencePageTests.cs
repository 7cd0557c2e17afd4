using System.Text.Json;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>Every refusal a student or teacher reads on the game page is a whole sentence with its subject ("Your name is
/// required…"), composed from the problem's field, while the API's problem details keep naming the field.</summary>
public sealed class ErrorSentencePageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task ARefusedName_AndARefusedToken_AreSaidWithTheirSubject()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });
        var play = new Uri(server.BaseAddress, "play").ToString();
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();

        var spaces = await GamePageTests.Student(browser, play, code, "   ", null);
        await Assertions.Expect(spaces.Locator("#status")).ToHaveTextAsync("Your name is required: 1 to 40 characters, with a letter or digit.", Wait);
        var invisible = await GamePageTests.Student(browser, play, code, "Min\u200Bji", null);
        await Assertions.Expect(invisible.Locator("#status")).ToHaveTextAsync(
            "Your name may not contain control characters, line breaks or invisible characters.", Wait);
        var emoji = await GamePageTests.Student(browser, play, code, "🙂", null);
        await Assertions.Expect(emoji.Locator("#status")).ToHaveTextAsync(
            "Your name needs a letter or digit: emoji and symbols alone do not name a student.", Wait);

        // The answers the page gets to a seat token that holds no seat, a wrong teacher's token and an effort out of range.
        var (seat, _) = await client.TakeSeatAsync(code, "Minji", "incheon");
        await client.AdvanceAsync(code, teacher);
        var noSeat = await Problem(client.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: "nobody"));
        var notTeacher = await Problem(client.SendAsync(HttpMethod.Post, $"api/games/{code}/advance", teacher: "nobody"));
        var noTeacher = await Problem(client.SendAsync(HttpMethod.Get, $"api/games/{code}/debrief"));
        var effort = await Problem(client.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":true,"effort":100000}""", seat: seat));
        Assert.Equal("effort", effort.GetProperty("field").GetString());

        Assert.Equal($"The seat this device holds is not a seat of game {code} (the teacher may have freed it): reload the page to take a region again.",
            await Sentence(spaces, noSeat));
        Assert.StartsWith($"The teacher's token this browser holds is not the one of game {code}: open the game from /play", await Sentence(spaces, notTeacher), StringComparison.Ordinal);
        Assert.StartsWith($"No teacher's token was sent: this browser did not start game {code} (or its data was cleared): open the game from /play",
            await Sentence(spaces, noTeacher), StringComparison.Ordinal);
        Assert.Matches("^The effort must be between ₩[0-9.,]+ bn and ₩[0-9.,]+ bn this round\\.$", await Sentence(spaces, effort));
        // The refusal's amounts are written as the page writes amounts, halves and thousands included.
        foreach (var amount in new[] { 2.05, 2.15, 0.25, 183.497, 183.55, 1234.56, 0.0 })
        {
            var text = amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(await spaces.EvaluateAsync<string>($"window.regsimPlay.money({text})"), Simulation.Experiments.Games.GameComparison.Money(amount));
        }
        // A detail that is a sentence of its own keeps its words, with a capital letter.
        Assert.Equal("The game is over.", await spaces.EvaluateAsync<string>("window.regsimPlay.problemSentence({ field: 'phase', detail: 'the game is over' }, 409)"));
    }

    private static async Task<JsonElement> Problem(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Task<string> Sentence(IPage page, JsonElement problem) =>
        page.EvaluateAsync<string>($"window.regsimPlay.problemSentence({problem.GetRawText()}, {problem.GetProperty("status").GetInt32()})");
}
