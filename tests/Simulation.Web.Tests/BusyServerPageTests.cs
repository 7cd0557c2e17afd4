using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The classroom page when the server's queue of runs is full: a run the server refuses waits for room and
/// starts by itself, and results of one scenario do not stay under another's sliders. (A run the queue takes waits in line:
/// QueuePageTests.)</summary>
public sealed class BusyServerPageTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task ARunRefusedForAFullQueue_WaitsForRoom_ThenRuns_AndChangingScenarioClearsItsResults()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        // One slot, held by a run no page follows: the server cancels it after the attach timeout, freeing the slot. The run is
        // a million replications, so that it cannot end by itself before the page asks, however fast the machine; the timeout
        // is long enough that the page's click comes before it on a machine busy with other tests (4 s was not always).
        var options = new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder())
        {
            MaxConcurrentRuns = 1,
            MaxQueuedRuns = 0, // no run waits in line: every run beyond the slot is refused
            AttachTimeout = TimeSpan.FromSeconds(15),
            MaxReplications = 1_000_000,
        };
        var (app, address) = await ClassroomServerFixture.StartAsync(options);
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address.ToString());
        await page.Locator("input[data-path]").First.WaitForAsync();
        await Assertions.Expect(page.Locator("#run")).ToBeEnabledAsync();
        await page.Locator("#replications").FillAsync("200");

        var holder = await client.PostAsJsonAsync("api/runs", new { scenario = "baseline", replications = 1_000_000 });
        Assert.Equal(System.Net.HttpStatusCode.Created, holder.StatusCode);
        await page.ClickAsync("#run");

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("joins it as soon as there is room", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("#scenario")).ToBeDisabledAsync(); // the waiting run keeps the scenario it asked for
        await page.ClickAsync("#cancel");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Cancelled before it started.");
        await page.ClickAsync("#run"); // asked again: it waits its turn, then runs
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Done: baseline, 200 replications, seed 20030225.", new() { Timeout = 120_000 });
        Assert.True(await page.Locator("#charts figure").CountAsync() > 0);
        await Task.Delay(3000); // longer than a retry: the cancelled request did not come back to life
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Done: baseline, 200 replications, seed 20030225.");

        await page.Locator("#scenario").SelectOptionAsync("lee-only");
        await Assertions.Expect(page.Locator("#charts figure")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("");
        await Assertions.Expect(page.Locator("#replay")).ToBeHiddenAsync();
    }
}
