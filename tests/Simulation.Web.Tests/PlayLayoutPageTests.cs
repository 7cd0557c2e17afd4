using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The play page's layout in real headless Chromium: on a phone the round's heading is above the decision form and
/// a bid table shows Chance and Won without scrolling sideways; the start form shows a regime's whole name.</summary>
public sealed class PlayLayoutPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Shown = new() { Timeout = 60_000 };

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var playwright = await Playwright.CreateAsync();
        return (playwright, await HeadlessChromium.LaunchAsync(playwright));
    }

    [SkippableFact]
    public async Task OnAPhone_TheRoundHeadingIsAboveTheDecisionForm_AndTheBidTableShowsChanceAndWon()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var play = new Uri(server.BaseAddress, "play").ToString();
        var minji = await GamePageTests.Student(browser, play, code, "Minji", "daegu"); // 390 × 844, a phone
        await Assertions.Expect(minji.Locator("#my-region")).ToHaveTextAsync("Daegu", new() { Timeout = 60_000 });

        await game.AdvanceAsync(code, teacher); // round 1 opens; Daegu is a candidate
        await Assertions.Expect(minji.Locator("#decision-form")).ToBeVisibleAsync(Shown);
        await Assertions.Expect(minji.Locator("#phase-title")).ToContainTextAsync("Round 1 of", new() { Timeout = 60_000 });
        var headingTop = await minji.Locator("#phase-title").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var formTop = await minji.Locator("#decision-form").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(headingTop < formTop, $"the round's heading (top {headingTop}) is below the decision form (top {formTop})");

        await minji.Locator("#bid").CheckAsync();
        await minji.ClickAsync("#decision-submit");
        await Assertions.Expect(minji.Locator("#decision-status")).Not.ToBeEmptyAsync(new() { Timeout = 60_000 });
        await game.AdvanceAsync(code, teacher); // judged
        var table = minji.Locator("#results table").First;
        await Assertions.Expect(table).ToBeVisibleAsync(Shown);

        var width = await minji.EvaluateAsync<double>("window.innerWidth");
        foreach (var column in new[] { "Chance", "Won" })
        {
            var header = table.Locator("th", new() { HasTextString = column });
            await Assertions.Expect(header).ToBeVisibleAsync();
            var right = await header.EvaluateAsync<double>("e => e.getBoundingClientRect().right");
            Assert.True(right <= width, $"the {column} column ends at {right} px, beyond the phone's {width} px");
        }
        Assert.True(await table.EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"), "the bid table scrolls sideways");
        // The winner is marked in words, not only by its shading.
        await Assertions.Expect(table.Locator("tr.won td").Last).ToHaveTextAsync("✓ won");
    }

    [SkippableTheory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task TheStartForm_ShowsTheChosenRegimesWholeName(int width, int height)
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(new Uri(server.BaseAddress, "play").ToString());
        await page.Locator("#game-regime option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

        // The name fits when the select is wide enough for it on one line, or when the select wraps it onto more lines.
        var fits = await page.Locator("#game-regime").EvaluateAsync<bool>("""
            s => {
              const style = getComputedStyle(s);
              const context = document.createElement("canvas").getContext("2d");
              context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const text = s.options[s.selectedIndex].text;
              const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24; // the arrow
              const lines = Math.ceil(context.measureText(text).width / room);
              const lineHeight = parseFloat(style.fontSize) * 1.2;
              return lines <= 1 ? true : s.getBoundingClientRect().height >= lines * lineHeight;
            }
            """);
        Assert.True(fits, "the chosen regime's name is cut off in the start form");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }
}
