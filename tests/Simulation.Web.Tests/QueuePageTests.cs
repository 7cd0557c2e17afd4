using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The model page while other runs compute, in real headless Chromium: a run pressed then waits in line and the
/// page shows its place and, once a run has finished, a rough wait, updating until it starts.</summary>
public sealed class QueuePageTests
{
    [SkippableFact]
    public async Task PagesPressingRunWhileTheSlotIsTaken_ShowTheirPlaceInLine_AndRunInTurn()
    {
        HeadlessChromium.SkipUnlessInstalled();
        // One slot, held by a run no page follows until the test deletes it.
        var options = new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder())
        {
            MaxConcurrentRuns = 1,
            AttachTimeout = TimeSpan.FromMinutes(30),
            MaxReplications = 1_000_000,
        };
        var (app, address) = await ClassroomServerFixture.StartAsync(options);
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var pages = new List<IPage>();
        // The first two runs are long enough (a second or more) that the page behind each, then first in line, is told so at
        // least once while it runs: with a run shorter than the server's quarter-second interval between a waiting page's
        // places, that page could go from second in line to running.
        foreach (var replications in new[] { "10000", "30000", "300" })
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(address.ToString());
            await Assertions.Expect(page.Locator("#run")).ToBeEnabledAsync(new() { Timeout = 30_000 });
            await page.Locator("#replications").FillAsync(replications);
            // Every status the page shows, in order, for the checks afterwards.
            await page.EvaluateAsync("""
                window.statuses = [];
                new MutationObserver(() => window.statuses.push(document.querySelector('#status').textContent))
                  .observe(document.querySelector('#status'), { childList: true, characterData: true, subtree: true });
                """);
            pages.Add(page);
        }
        using var holder = await client.PostAsJsonAsync("api/runs", new { scenario = "baseline", replications = 1_000_000 });
        var holderId = (await holder.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();

        await pages[0].ClickAsync("#run");
        await Assertions.Expect(pages[0].Locator("#status")).ToContainTextAsync("1st in line", new() { Timeout = 30_000 });
        await pages[1].ClickAsync("#run");
        await Assertions.Expect(pages[1].Locator("#status")).ToContainTextAsync("2nd in line", new() { Timeout = 30_000 });
        await pages[2].ClickAsync("#run");
        await Assertions.Expect(pages[2].Locator("#status")).ToContainTextAsync("3rd in line", new() { Timeout = 30_000 });
        await Assertions.Expect(pages[0].Locator("#cancel")).ToBeEnabledAsync(); // waiting in line can be cancelled

        using (var stop = await client.DeleteAsync($"api/runs/{holderId}"))
        {
            Assert.True(stop.IsSuccessStatusCode);
        }
        foreach (var page in pages)
        {
            await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 180_000 });
        }

        // Each page moved up the line to first before it ran; once the first run had finished, the last page was told
        // about how long it would wait.
        var second = await pages[1].EvaluateAsync<string[]>("window.statuses");
        var third = await pages[2].EvaluateAsync<string[]>("window.statuses");
        Assert.Contains(second, s => s.Contains("1st in line", StringComparison.Ordinal));
        Assert.Contains(third, s => s.Contains("2nd in line", StringComparison.Ordinal));
        Assert.Contains(third, s => System.Text.RegularExpressions.Regex.IsMatch(s, @"1st in line, about \d+ (s|min)"));
        Assert.True(Array.FindIndex(third, s => s.Contains("2nd in line", StringComparison.Ordinal))
            < Array.FindIndex(third, s => s.Contains("1st in line", StringComparison.Ordinal)));
    }
}
