using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A student's brief and decision status follow the game while a round is open, in real headless Chromium: a regime
/// the teacher switches mid-round moves the rank on the criteria, and a proposal sent from another tab of the same seat shows
/// in this one, its slider too, unless the student has changed the form since: what they are typing is kept.</summary>
public sealed class StudentBriefPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 60_000 };

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var playwright = await Playwright.CreateAsync();
        return (playwright, await HeadlessChromium.LaunchAsync(playwright));
    }

    [SkippableFact]
    public async Task ARegimeSwitchedMidRound_MovesTheBriefsRank_AndKeepsTheEffortTheStudentChose()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync(); // under the Roh regime, the timeline's first
        var page = await GamePageTests.Student(browser, new Uri(server.BaseAddress, "play").ToString(), code, "Minji", "gwangju");
        await Assertions.Expect(page.Locator("#my-region")).ToHaveTextAsync("Gwangju", Wait);
        await game.AdvanceAsync(code, teacher); // round 1, the Maglev: Gwangju is a candidate
        await Assertions.Expect(page.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var seat = await page.EvaluateAsync<string>($"localStorage.getItem('regsim.seat.{code}')");
        var rank = page.Locator("#brief dd").Nth(2); // "Your rank on the criteria"
        await Assertions.Expect(rank).ToHaveTextAsync(await RankAsync(game, code, seat), Wait);
        await page.Locator("#effort").FocusAsync();
        await page.Keyboard.PressAsync("End"); // the student moves the slider, and sends nothing yet
        var chosen = await page.Locator("#effort-value").InnerTextAsync();
        var underRoh = await RankAsync(game, code, seat);

        using (var switched = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/regime", """{"regime":"lee"}""", teacher: teacher))
        {
            switched.EnsureSuccessStatusCode();
        }
        var underLee = await RankAsync(game, code, seat);

        Assert.NotEqual(underRoh, underLee); // else the switch tests nothing
        await Assertions.Expect(rank).ToHaveTextAsync(underLee, Wait);
        Assert.Equal(chosen, await page.Locator("#effort-value").InnerTextAsync());
        await Assertions.Expect(page.Locator("#decision-status")).ToHaveTextAsync("Not decided yet: if you send nothing, the model decides for you.", Wait);
    }

    [SkippableFact]
    public async Task AProposalSentFromAnotherTab_ShowsInThisOne_UnlessTheStudentChangedTheForm()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3}""");
        var first = await GamePageTests.Student(browser, new Uri(server.BaseAddress, "play").ToString(), code, "Minji", "incheon");
        await Assertions.Expect(first.Locator("#my-region")).ToHaveTextAsync("Incheon", Wait);
        var second = await first.Context.NewPageAsync(); // the same browser: the same seat
        await second.GotoAsync(first.Url);
        await Assertions.Expect(second.Locator("#my-region")).ToHaveTextAsync("Incheon", Wait);
        await game.AdvanceAsync(code, teacher); // round 1, the Maglev: Incheon is a candidate
        foreach (var tab in new[] { first, second })
        {
            await Assertions.Expect(tab.Locator("#decision-status")).ToHaveTextAsync("You have not proposed anything yet.", Wait);
        }

        // The first tab proposes the most Incheon can spend.
        await first.Locator("#effort").FocusAsync();
        await first.Keyboard.PressAsync("End");
        var most = await first.Locator("#effort-value").InnerTextAsync();
        await first.ClickAsync("#decision-submit");

        await Assertions.Expect(second.Locator("#decision-status")).ToHaveTextAsync($"Sent: bid with {most}.", Wait);
        await Assertions.Expect(second.Locator("#effort-value")).ToHaveTextAsync(most, Wait);
        await Assertions.Expect(second.Locator("#team-list")).ToContainTextAsync($"Minji (you): bid with {most}", new() { Timeout = 60_000 });

        // The second tab's student moves its slider; the first tab then proposes no bid. The status follows; the form is theirs.
        await second.Locator("#effort").FocusAsync();
        await second.Keyboard.PressAsync("Home");
        var least = await second.Locator("#effort-value").InnerTextAsync();
        await first.Locator("#bid").UncheckAsync();
        await first.ClickAsync("#decision-submit");

        await Assertions.Expect(second.Locator("#decision-status")).ToHaveTextAsync("Sent: no bid this round.", Wait);
        Assert.Equal(least, await second.Locator("#effort-value").InnerTextAsync());
        Assert.True(await second.Locator("#bid").IsCheckedAsync(), "the page overwrote the form the student had changed");
        Assert.NotEqual(most, least);
    }

    // "N of M", as the brief shows the rank the server gives the seat now.
    private static async Task<string> RankAsync(GameClient game, string code, string seat)
    {
        var brief = (await game.ViewAsync(code, seat)).GetProperty("me").GetProperty("brief");
        return $"{brief.GetProperty("meritRank").GetInt32()} of {brief.GetProperty("candidates").GetInt32()}";
    }
}
