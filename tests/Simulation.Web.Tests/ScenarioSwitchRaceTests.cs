using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A scenario chosen while the first one's parameters are still on their way: the sliders shown are the chosen
/// scenario's, even when the earlier answer arrives last.</summary>
public sealed class ScenarioSwitchRaceTests : IAsyncLifetime
{
    private const string WhatIf = """
        {"extends": "baseline.json", "name": "race-whatif", "description": "a fund that shrinks",
         "nationalFund": {"growthRatePerYear": {"value": -0.6, "source": "test"}}}
        """;

    private WhatIfClassroom _classroom = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _classroom = await WhatIfClassroom.StartAsync(WhatIf);
        _address = _classroom.Address;
    }

    public async Task DisposeAsync() => await _classroom.DisposeAsync();

    [SkippableFact]
    public async Task TheFirstScenariosLateParameters_DoNotReplaceTheChosenOnes()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var released = new TaskCompletionSource();
        // The first scenario's parameters are held back until the chosen one's have been shown.
        await page.RouteAsync("**/api/scenarios/baseline/parameters", async route =>
        {
            await released.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(_address.ToString());
        await page.Locator("#scenario option[value='whatif']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#scenario").SelectOptionAsync("whatif");
        var growth = page.Locator("label", new() { Has = page.Locator("output") }).Filter(new() { HasText = "Fund growth" });
        await Assertions.Expect(growth).ToContainTextAsync("-60", new() { Timeout = 30_000 });

        released.SetResult();
        await page.WaitForResponseAsync("**/api/scenarios/baseline/parameters");
        await page.WaitForTimeoutAsync(500); // time for the late answer to be (wrongly) drawn

        await Assertions.Expect(growth).ToContainTextAsync("-60");
        Assert.Equal("whatif", await page.Locator("#scenario").InputValueAsync());
    }
}
