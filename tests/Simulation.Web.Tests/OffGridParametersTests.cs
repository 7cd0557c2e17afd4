using System.Text.Json;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A what-if whose values lie outside the sliders' usual ranges or between their steps, and a regime tilt with
/// signals beyond the usual four: the page offers a slider for every weight the scenario has, each range takes in the
/// scenario's value, and a run with no slider moved sends no change, so the class runs what the page shows.</summary>
public sealed class OffGridParametersTests : IAsyncLifetime
{
    private const string WhatIf = """
        {"extends": "baseline.json", "name": "offgrid-whatif", "description": "values off the sliders' grid",
         "nationalFund": {"growthRatePerYear": {"value": -0.6, "source": "test"}},
         "regimes": [{"id": "roh", "tilt": [{"signal": "equity", "weight": {"value": 0.33, "source": "test"}}],
                      "selection": {"discretion": {"value": 0.013, "source": "test"}}}]}
        """;

    private WhatIfClassroom _classroom = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _classroom = await WhatIfClassroom.StartAsync(WhatIf);
        _address = _classroom.Address;
    }

    public async Task DisposeAsync() => await _classroom.DisposeAsync();

    [Fact]
    public async Task EveryTiltSignal_GetsASlider_WhoseRangeTakesInTheScenariosValue()
    {
        using var client = new HttpClient { BaseAddress = _address };
        using var doc = JsonDocument.Parse(await client.GetStringAsync("api/scenarios/whatif/parameters"));
        var parameters = doc.RootElement.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("path").GetString()!, p => p);

        // The baseline's Lee tilt weighs joint bids and both weigh effort; neither regime weighs efficiency.
        Assert.Contains("regimes[lee].tilt[jointBid].weight", parameters.Keys);
        Assert.Contains("regimes[roh].tilt[effort].weight", parameters.Keys);
        Assert.DoesNotContain(parameters.Keys, p => p.Contains("tilt[efficiency]", StringComparison.Ordinal));
        // The regimes select by the scored rule, which reads the noise's discretion and not the Tullock exponent.
        Assert.DoesNotContain(parameters.Keys, p => p.EndsWith(".selection.exponent", StringComparison.Ordinal));
        foreach (var (path, value) in new[] { ("nationalFund.growthRatePerYear", -0.6), ("regimes[roh].selection.discretion", 0.013) })
        {
            var p = parameters[path];
            Assert.Equal(value, p.GetProperty("value").GetDouble());
            Assert.InRange(value, p.GetProperty("min").GetDouble(), p.GetProperty("max").GetDouble());
        }
    }

    [SkippableFact]
    public async Task ARunWithNoSliderMoved_SendsNoChange_AndAMovedSliderSendsOnlyItself()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var sent = new List<string>();
        await page.RouteAsync("**/api/runs", async route =>
        {
            sent.Add(route.Request.PostData ?? "");
            await route.AbortAsync(); // what the page asks for is the test; no run is needed
        });
        await page.GotoAsync(_address.ToString());
        await page.Locator("#scenario").SelectOptionAsync("whatif");
        var growth = page.Locator("input[data-path='nationalFund.growthRatePerYear']");
        await growth.WaitForAsync();
        // The page shows the scenario's own value beside the slider, once the chosen scenario's parameters have replaced the
        // first one's (seconds on a busy machine).
        await Assertions.Expect(page.Locator("label", new() { Has = page.Locator("output") }).Filter(new() { HasText = "Fund growth" }))
            .ToContainTextAsync("-60", new() { Timeout = 30_000 });

        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => !document.querySelector('#run').disabled", null, new() { Timeout = 30_000 });
        await page.Locator("input[data-path='regimes[lee].tilt[equity].weight']").FillAsync("2");
        await page.ClickAsync("#run");
        await page.WaitForFunctionAsync("() => !document.querySelector('#run').disabled", null, new() { Timeout = 30_000 });

        Assert.True(sent.Count >= 2, $"the page asked for {sent.Count} runs");
        Assert.Equal("{}", JsonDocument.Parse(sent[0]).RootElement.GetProperty("parameters").GetRawText());
        var moved = JsonDocument.Parse(sent[^1]).RootElement.GetProperty("parameters");
        Assert.Equal(["regimes[lee].tilt[equity].weight"], moved.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, moved.GetProperty("regimes[lee].tilt[equity].weight").GetDouble());
    }
}
