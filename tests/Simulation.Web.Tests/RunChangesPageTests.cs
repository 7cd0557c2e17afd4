using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The model page says what changed against the page's previous run, and shows amounts and rates as the rest of
/// the pages do (₩, %), in real headless Chromium.</summary>
public sealed class RunChangesPageTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    private const string LeeEquity = "input[data-path='regimes[lee].tilt[equity].weight']";

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var playwright = await Playwright.CreateAsync();
        return (playwright, await HeadlessChromium.LaunchAsync(playwright));
    }

    private static async Task RunAsync(IPage page, int number)
    {
        await page.ClickAsync("#run");
        // Each run counts as done once its own status line is there; the runs before said the same, so count them.
        await page.WaitForFunctionAsync("n => window.runsDone === n", number, new() { Timeout = 120_000 });
    }

    [SkippableFact]
    public async Task RunningAgainAfterMovingASlider_SaysWhichSettingMovedAndHowTheResultsMoved()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator(LeeEquity).WaitForAsync();
        await page.Locator("#replications").FillAsync("300");
        // Counts finished runs from the status line the page writes when a run ends.
        await page.EvaluateAsync("""
            window.runsDone = 0;
            new MutationObserver(() => { if (document.querySelector('#status').textContent.startsWith('Done')) window.runsDone++; })
              .observe(document.querySelector('#status'), { childList: true, characterData: true, subtree: true });
            """);

        await RunAsync(page, 1);
        await Assertions.Expect(page.Locator("#changes")).ToBeHiddenAsync(); // a first run has nothing to be compared with
        var equityLabel = await page.Locator(LeeEquity).EvaluateAsync<string>("i => document.querySelector(`label[for='${i.id}']`).firstChild.textContent");
        var before = await page.Locator(LeeEquity).InputValueAsync();

        await page.Locator(LeeEquity).FillAsync("10");
        await RunAsync(page, 2);
        var changes = page.Locator("#changes");
        await Assertions.Expect(changes).ToBeVisibleAsync();
        var text = await changes.InnerTextAsync();
        Assert.Contains(equityLabel, text, StringComparison.Ordinal);
        Assert.Contains($"{double.Parse(before, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)} → 10.00", text, StringComparison.Ordinal);
        Assert.Contains("same random numbers", text, StringComparison.Ordinal);
        Assert.Contains("Gini", text, StringComparison.Ordinal);
        Assert.Matches(@"chance that moved most in the .+ (rose|fell) from \d+(\.\d)? % to \d+(\.\d)? %", text);

        // Run again without moving anything: the sentences now compare with the second run, not the first.
        await RunAsync(page, 3);
        var again = await changes.InnerTextAsync();
        Assert.Contains("No setting moved since the last run.", again, StringComparison.Ordinal);
        Assert.DoesNotContain("→ 10.00", again, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheFund_ReadsInWon_AndItsGrowthAsAPercentage()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        var fund = page.Locator("input[data-path='nationalFund.initialBillionUsd']");
        var growth = page.Locator("input[data-path='nationalFund.growthRatePerYear']");
        await fund.WaitForAsync();
        var parameters = await server.Client().GetFromJsonAsync<JsonElement>("api/scenarios/baseline/parameters");
        var shown = parameters.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("path").GetString()!, p => p.GetProperty("value").GetDouble());
        var scenario = JsonDocument.Parse(File.ReadAllText(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"))).RootElement;
        var rate = scenario.GetProperty("money").GetProperty("wonPerUsd").GetProperty("value").GetDouble();

        var fundText = await fund.EvaluateAsync<string>("i => document.querySelector(`output[for='${i.id}']`).textContent");
        var growthText = await growth.EvaluateAsync<string>("i => document.querySelector(`output[for='${i.id}']`).textContent");
        var labels = await page.Locator("#parameters").InnerTextAsync();

        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"₩{shown["nationalFund.initialBillionUsd"] * rate:#,0.0} bn"), fundText);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{shown["nationalFund.growthRatePerYear"] * 100:0.0} %"), growthText);
        Assert.DoesNotContain("US$ billion", labels, StringComparison.Ordinal);
        // Moving the slider keeps the unit.
        await growth.FillAsync("0.1");
        Assert.Equal("10.0 %", await growth.EvaluateAsync<string>("i => document.querySelector(`output[for='${i.id}']`).textContent"));
    }

    [Fact]
    public async Task ARunComparedWithARunTheServerNeverStarted_SaysItDoesNotKnowIt_NotThatItWasDropped()
    {
        using var client = server.Client();
        var id = await ApiTests.Start(client, """{"scenario": "smoke", "replications": 20, "previous": "0123456789abcdef"}""");
        var events = await ApiTests.ReadEvents(client, id);
        Assert.Equal("result", events[^1].Name);
        var changes = JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("changes");
        Assert.Equal([Simulation.Experiments.Narration.RunChangeNarrative.Unknown], changes.EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task ARunStartedTheMomentThePreviousOnesResultArrives_IsComparedWithIt()
    {
        // The page sends `previous` as soon as it reads `result`: the previous run's results must be kept by then.
        using var client = server.Client();
        for (var i = 0; i < 5; i++)
        {
            var first = await ApiTests.Start(client, """{"scenario": "smoke", "replications": 3, "seed": 7}""");
            Assert.Equal("result", (await ApiTests.ReadEvents(client, first))[^1].Name);
            var second = await ApiTests.Start(client, $$"""{"scenario": "smoke", "replications": 3, "seed": 7, "previous": "{{first}}"}""");
            var events = await ApiTests.ReadEvents(client, second);

            var changes = JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Contains("No setting moved since the last run.", changes);
        }
    }
}
