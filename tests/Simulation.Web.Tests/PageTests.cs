using Microsoft.Playwright;

namespace Simulation.Web.Tests;

public sealed class PageTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }

    [SkippableFact]
    public async Task MovingLeeEquityWeight_ChangesTheSentences()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        await page.GotoAsync(server.BaseAddress.ToString());
        var slider = page.Locator("input[data-path='regimes[lee].tilt[equity].weight']");
        await slider.WaitForAsync();
        await Assertions.Expect(page.Locator("#scenario-about")).ToContainTextAsync("Historical scenario: "); // the scenario in its own words
        await page.Locator("#replications").FillAsync("500");

        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#chart-win_maglev svg", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });
        var first = await page.Locator(".sentence").AllInnerTextsAsync();

        await slider.FillAsync("10");
        await page.ClickAsync("#run");
        // The run may finish before a poll sees it "Running", so wait for what it must change: the sentences (a timeout
        // here means they never changed), then for it to be done.
        await page.WaitForFunctionAsync(
            "before => [...document.querySelectorAll('.sentence')].map(e => e.innerText).join('\\n') !== before",
            string.Join("\n", first), new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });
        var second = await page.Locator(".sentence").AllInnerTextsAsync();

        Assert.NotEmpty(first);
        Assert.NotEqual(string.Join("\n", first), string.Join("\n", second));
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = "/tmp/classroom.png" });
        await page.SetViewportSizeAsync(390, 844); // a phone
        await page.ScreenshotAsync(new() { Path = "/tmp/classroom-phone.png" });
        // There a chart keeps a legible width and scrolls inside its figure; the page itself does not scroll sideways.
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#chart-win_maglev svg').getBoundingClientRect().width >= 700"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [SkippableFact]
    public async Task ARefusedRun_ShowsTheStudentTheFieldAndWhatIsWrong()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        var slider = page.Locator("input[data-path='regimes[lee].tilt[equity].weight']");
        await slider.WaitForAsync();

        // A slider stretched past the server's range (as an edited page could send): the server's problem details reach the page.
        await slider.EvaluateAsync("input => { input.max = 20; input.value = 15; input.dispatchEvent(new Event('input')); }");
        await page.ClickAsync("#run");

        var status = page.Locator("#status.error");
        await Assertions.Expect(status).ToHaveTextAsync("parameters.regimes[lee].tilt[equity].weight: 15 is out of range [0, 10]", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#run")).ToBeEnabledAsync();
    }

    [SkippableFact]
    public async Task Run_ShowsTileMaps_ThenReplayStepsThroughOneReplicationYearByYear()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("input[data-path='regimes[lee].tilt[equity].weight']").WaitForAsync();
        await page.Locator("#replications").FillAsync("300");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });

        // A tile map per regime, sixteen tiles each, with sentences under them.
        var maps = page.Locator("#chart-resources_per_capita");
        await Assertions.Expect(maps.Locator("svg.tilemap")).ToHaveCountAsync(2);
        await Assertions.Expect(maps.Locator("g.tile")).ToHaveCountAsync(32);
        await Assertions.Expect(maps.Locator("#chart-map_roh")).ToContainTextAsync("Roh era"); // the regime's name in the scenario
        await Assertions.Expect(maps.Locator(".sentence").First).ToContainTextAsync("most national resources per person");

        // Replay replication 3 of the history: the first year has no competition.
        var replay = page.Locator("#replay");
        await Assertions.Expect(replay).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#replay-mode option[value='lee']")).ToHaveTextAsync("Regionalized concentration (Lee era)"); // labels sent by the server
        await page.SelectOptionAsync("#replay-mode", "timeline");
        await page.FillAsync("#replay-number", "3");
        await page.ClickAsync("#replay-show");
        var year = page.Locator("#replay-year");
        await Assertions.Expect(year).ToContainTextAsync("2003");
        await Assertions.Expect(year).ToContainTextAsync("Roh era");
        await Assertions.Expect(page.Locator("#replay-competitions")).ToContainTextAsync("No competition this year");
        await Assertions.Expect(page.Locator("#replay-map-svg svg.tilemap")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#replay-prev")).ToBeDisabledAsync();

        // Step to 2007 with the keyboard at once (Show hands it the view), the button, then the keyboard again.
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(year).ToContainTextAsync("2004");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(year).ToContainTextAsync("2003");
        await page.ClickAsync("#replay-next");
        await Assertions.Expect(year).ToContainTextAsync("2004");
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }
        await Assertions.Expect(year).ToContainTextAsync("2007");
        var competitions = page.Locator("#replay-competitions");
        await Assertions.Expect(competitions.Locator("table")).ToHaveCountAsync(2);
        await Assertions.Expect(competitions.Locator("h3").First).ToContainTextAsync("Maglev");
        await Assertions.Expect(competitions.Locator("tr.won").First).ToContainTextAsync("✓");
        await Assertions.Expect(competitions.Locator("ul.why li").First).ToContainTextAsync(" won: ");
        await Assertions.Expect(page.Locator("#replay-map-svg title").First).ToContainTextAsync("end of 2007");
        await replay.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/classroom-replay.png", FullPage = true });

        // Step on: 2008 has no competition, 2009 the Medical Complex under Lee.
        await page.ClickAsync("#replay-next");
        await Assertions.Expect(year).ToContainTextAsync("2008");
        await Assertions.Expect(year).ToContainTextAsync("Lee era");
        await Assertions.Expect(competitions).ToContainTextAsync("No competition this year");
        await page.ClickAsync("#replay-next");
        await Assertions.Expect(year).ToContainTextAsync("2009");
        await Assertions.Expect(competitions.Locator("h3")).ToContainTextAsync(["High-tech Medical Complex"]);
        await page.ClickAsync("#replay-prev");
        await Assertions.Expect(year).ToContainTextAsync("2008");
        await page.SetViewportSizeAsync(390, 844); // a phone
        await page.ClickAsync("#replay-prev");
        await Assertions.Expect(year).ToContainTextAsync("2007");
        await page.Locator("#replay-year").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/classroom-replay-phone.png" });
    }
}
