using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>In real headless Chromium: a seat taken in one tab of a browser is not thrown away by another tab of it whose live
/// view was asked for before the seat existed (the two share the browser's storage); that tab follows the seat instead. Nor
/// does a server that does not know the game (started again on another data folder) make the page forget its seat.</summary>
public sealed class SeatTokenPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task ASeatStoredAfterTheStreamOpened_IsKept_AndThePageFollowsIt()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"play?game={code}").ToString());
        await Assertions.Expect(page.Locator("#seat-form")).ToBeVisibleAsync(new() { Timeout = 60_000 }); // following without a seat

        // Another tab of the same browser takes a seat: its token lands in the storage this page shares.
        var (seat, _) = await game.TakeSeatAsync(code, "Ana");
        await page.EvaluateAsync($"localStorage.setItem('regsim.seat.{code}', '{seat}')");
        await game.TakeSeatAsync(code, "Bo"); // a change every stream hears, this page's seatless one included

        await Assertions.Expect(page.Locator("#my-name")).ToHaveTextAsync("Ana", Wait);
        Assert.Equal(seat, await page.EvaluateAsync<string?>($"localStorage.getItem('regsim.seat.{code}')"));
    }

    [SkippableFact]
    public async Task AGameTheServerDoesNotKnow_LeavesTheStoredSeat_SoTheRightServerFindsItAgain()
    {
        // A server started again on another data folder answers 404 for the class's game; the seat must outlive that.
        HeadlessChromium.SkipUnlessInstalled();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("localStorage.setItem('regsim.seat.QQ7QQ7', 'a-seat-token')");
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "play?game=QQ7QQ7").ToString());

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("start it on the folder that holds them: this page notices the restart within 15 seconds", new() { Timeout = 60_000 });
        Assert.Equal("a-seat-token", await page.EvaluateAsync<string?>("localStorage.getItem('regsim.seat.QQ7QQ7')"));
    }
}
