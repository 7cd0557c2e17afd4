using Microsoft.Playwright;

namespace Simulation.Web.Tests;

public sealed class PageTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task MovingLeeEquityWeight_ChangesTheSentences()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        await page.GotoAsync(server.BaseAddress.ToString());
        var slider = page.Locator("input[data-path='regimes[lee].tilt[equity].weight']");
        await slider.WaitForAsync();
        await page.Locator("#replications").FillAsync("500");

        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#chart-win_maglev svg", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });
        var first = await page.Locator(".sentence").AllInnerTextsAsync();

        await slider.FillAsync("10");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Running", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });
        var second = await page.Locator(".sentence").AllInnerTextsAsync();

        Assert.NotEmpty(first);
        Assert.NotEqual(string.Join("\n", first), string.Join("\n", second));
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = "/tmp/classroom.png" });
        await page.SetViewportSizeAsync(390, 844); // a phone
        await page.ScreenshotAsync(new() { Path = "/tmp/classroom-phone.png" });
    }
}
