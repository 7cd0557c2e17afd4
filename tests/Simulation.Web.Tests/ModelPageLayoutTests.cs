using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The model page on a phone (390 px wide), in real headless Chromium: a chart's title and legend stay in view
/// while the chart itself scrolls sideways, the replay's bid tables show Chance and Won without scrolling, and a replication
/// number that is not whole is refused rather than rounded.</summary>
public sealed class ModelPageLayoutTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var playwright = await Playwright.CreateAsync();
        return (playwright, await HeadlessChromium.LaunchAsync(playwright));
    }

    private async Task<IPage> RunAsync(IBrowser browser, int width, int height)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("input[data-path]").First.WaitForAsync();
        await Assertions.Expect(page.Locator("#run")).ToBeEnabledAsync();
        await page.Locator("#replications").FillAsync("300");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });
        return page;
    }

    // Whether the element lies wholly inside the window's width, with nothing of it cut off by a box that scrolls.
    private const string WhollyInView = """
        e => {
          const r = e.getBoundingClientRect();
          if (r.width === 0 || r.left < 0 || r.right > window.innerWidth) return false;
          for (let p = e.parentElement; p; p = p.parentElement) {
            const b = p.getBoundingClientRect();
            if (getComputedStyle(p).overflowX !== 'visible' && (r.left < b.left - 0.5 || r.right > b.right + 0.5)) return false;
          }
          return true;
        }
        """;

    [SkippableFact]
    public async Task OnAProjector_TheResultsComeIntoView_AfterRunIsPressedFarDownTheSettings()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("input[data-path]").First.WaitForAsync();
        await Assertions.Expect(page.Locator("#run")).ToBeEnabledAsync();
        await page.Locator("#replications").FillAsync("300");
        await page.Locator("#run").ScrollIntoViewIfNeededAsync();
        Assert.True(await page.EvaluateAsync<double>("document.getElementById('results-title').getBoundingClientRect().top") < 0,
            "the settings are short enough that the results' heading was in view before the run: the test no longer tests anything");

        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });

        var top = await page.EvaluateAsync<double>("document.getElementById('results-title').getBoundingClientRect().top");
        Assert.InRange(top, 0, 720);
        // On a wide screen the replay's criteria scores are shown, and what they mean is said under the table.
        await ReplayTo2007Async(page);
        await Assertions.Expect(page.Locator("#replay-competitions p.gives-way").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#replay-competitions p.gives-way").First).ToContainTextAsync("0 is an average region, below 0 a weaker one");
    }

    [SkippableFact]
    public async Task OnAPhone_EveryChartsTitleAndLegendStayInView_WhileTheChartScrollsSideways()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await RunAsync(browser, 390, 844);

        var figures = page.Locator("#charts figure:has(div[role='img'])");
        var count = await figures.CountAsync();
        Assert.True(count >= 3);
        for (var i = 0; i < count; i++)
        {
            var figure = figures.Nth(i);
            var title = figure.Locator(".chart-title");
            await Assertions.Expect(title).ToHaveTextAsync(await figure.Locator("div[role='img']").GetAttributeAsync("aria-label") ?? "");
            Assert.True(await title.EvaluateAsync<bool>(WhollyInView), $"the title of chart {i} is cut off");
            var entries = figure.Locator(".legend li");
            var shown = await entries.CountAsync(); // the two compared regimes, or every mode run
            Assert.True(shown >= 2, $"chart {i} has {shown} legend entries");
            for (var e = 0; e < shown; e++)
            {
                Assert.True(await entries.Nth(e).EvaluateAsync<bool>(WhollyInView), $"legend entry {e} of chart {i} is cut off");
            }
        }
        // The legend names the regimes as the scenario does, in the colours of the bars.
        await Assertions.Expect(page.Locator("#chart-win_maglev .legend li")).ToHaveTextAsync(["Centralized de-concentration (Roh era)", "Regionalized concentration (Lee era)"]);
        // The chart keeps a legible width and scrolls inside its figure; the page does not scroll sideways.
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#chart-win_maglev svg').getBoundingClientRect().width >= 700"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.Locator("#chart-win_maglev").ScreenshotAsync(new() { Path = "/tmp/classroom-chart-phone.png" });
    }

    [SkippableFact]
    public async Task OnAPhone_TheReplaysBidTables_ShowChanceAndWonWithoutScrolling()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await RunAsync(browser, 390, 844);
        await ReplayTo2007Async(page);
        await AssertChanceAndWonInViewAsync(page, 2); // the Maglev line and Robot Land
        await Assertions.Expect(page.Locator("#replay-competitions p.gives-way").First).ToBeHiddenAsync(); // with its column
        await page.Locator("#replay-competitions").ScreenshotAsync(new() { Path = "/tmp/classroom-replay-table-phone.png" });
        await page.ClickAsync("#replay-next");
        await page.ClickAsync("#replay-next");
        await Assertions.Expect(page.Locator("#replay-year")).ToContainTextAsync("2009");
        await AssertChanceAndWonInViewAsync(page, 1); // the Medical Complex: joint bids and the longest region names
        await Assertions.Expect(page.Locator("#replay-competitions tbody th", new() { HasText = "Chungcheong" }).First).ToBeVisibleAsync();
    }

    // The historical timeline's replication 3, stepped to 2007: the Maglev line's and Robot Land's competitions.
    private static async Task ReplayTo2007Async(IPage page)
    {
        await page.SelectOptionAsync("#replay-mode", "timeline");
        await page.FillAsync("#replay-number", "3");
        await page.ClickAsync("#replay-show");
        for (var i = 0; i < 4; i++)
        {
            await page.ClickAsync("#replay-next");
        }
        await Assertions.Expect(page.Locator("#replay-year")).ToContainTextAsync("2007");
    }

    private static async Task AssertChanceAndWonInViewAsync(IPage page, int count)
    {
        var tables = page.Locator("#replay-competitions table");
        await Assertions.Expect(tables).ToHaveCountAsync(count);
        for (var t = 0; t < count; t++)
        {
            var heads = tables.Nth(t).Locator("thead th");
            var labels = await heads.AllInnerTextsAsync();
            foreach (var wanted in new[] { "Chance before the selection", "Won" })
            {
                var column = labels.ToList().FindIndex(l => l.Replace('\n', ' ') == wanted);
                Assert.True(column >= 0, $"no column {wanted}");
                Assert.True(await heads.Nth(column).EvaluateAsync<bool>(WhollyInView), $"{wanted} of table {t} is off to the right");
            }
            // The winner's mark is in view too, not only its row's shading, and no row is wider than the page.
            var mark = tables.Nth(t).Locator("tr.won td.won-cell").First;
            Assert.True(await mark.EvaluateAsync<bool>(WhollyInView), $"the winner's mark of table {t} is off to the right");
            Assert.True(await tables.Nth(t).EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"), $"table {t} scrolls sideways");
        }
    }

    [SkippableFact]
    public async Task AReplicationNumberThatIsNotWhole_IsRefusedWithWhatIsWrong_NotRounded()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await RunAsync(browser, 1280, 900);
        var status = page.Locator("#replay-status");

        await page.FillAsync("#replay-number", "1.5");
        await page.ClickAsync("#replay-show");

        await Assertions.Expect(status).ToHaveTextAsync("Replication: 1.5 is not a whole number; type one from 0 to 299.");
        await Assertions.Expect(status).ToHaveClassAsync("error");
        await Assertions.Expect(page.Locator("#replay-view")).ToBeHiddenAsync();

        await page.FillAsync("#replay-number", "");
        await page.ClickAsync("#replay-show");
        await Assertions.Expect(status).ToHaveTextAsync("Replication: type a whole number from 0 to 299.");

        // A whole number is shown as asked.
        await page.FillAsync("#replay-number", "2");
        await page.ClickAsync("#replay-show");
        await Assertions.Expect(status).ToContainTextAsync("Replication 2,");
        await Assertions.Expect(page.Locator("#replay-view")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task TheMapsSayTheYearsTheyCover_AndThatTheyShowTheMeanOverReplications()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await RunAsync(browser, 1280, 900);
        await page.Locator("#chart-win_maglev").ScreenshotAsync(new() { Path = "/tmp/classroom-chart.png" });
        var timeline = Simulation.Experiments.Scenarios.ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json")).Model.Timeline;

        var maps = page.Locator("#chart-resources_per_capita");
        await Assertions.Expect(maps.Locator("h3")).ToContainTextAsync($"over {timeline.FirstYear}-{timeline.LastYear}");
        await Assertions.Expect(maps.Locator(".maps-caption")).ToContainTextAsync("total over the scenario's horizon");
        await Assertions.Expect(maps.Locator(".maps-caption")).ToContainTextAsync("mean over the run's 300 replications");
    }
}
