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

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "regsim-race-" + Guid.NewGuid().ToString("N"));
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"), Path.Combine(_folder, "baseline.json"));
        File.Copy(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "scenario.schema.json"), Path.Combine(_folder, "scenario.schema.json"));
        File.WriteAllText(Path.Combine(_folder, "whatif.json"), WhatIf);
        (_app, _address) = await ClassroomServerFixture.StartAsync(new ClassroomOptions([], _folder));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

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
