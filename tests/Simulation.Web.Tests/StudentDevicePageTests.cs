using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The game page on students' own devices, in real headless Chromium: a device whose clock is minutes off still
/// counts down the time the server gives the round, and a device other than the server's computer is not offered the
/// teacher's form to start a game, and reads why up front.</summary>
public sealed class StudentDevicePageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions WaitText = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task ADeviceWhoseClockIsMinutesOff_CountsDownTheTimeTheServerGivesTheRound()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();

        var teacher = await (await browser.NewContextAsync()).NewPageAsync();
        await teacher.GotoAsync(play);
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await teacher.FillAsync("#game-team-size", "1");
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new Regex("^[A-Z0-9]{6}$"), new() { Timeout = 30_000 });
        var code = await teacher.Locator("#join-code").InnerTextAsync();

        // One phone's clock is 5 minutes slow, another's 3 minutes fast.
        var slow = await Student(browser, play, code, "Minji", "incheon", TimeSpan.FromMinutes(-5));
        var fast = await Student(browser, play, code, "Jun", "daegu", TimeSpan.FromMinutes(3));

        await teacher.FillAsync("#round-seconds", "120");
        await teacher.ClickAsync("#advance");
        var twoMinutes = new Regex(@"^Round closes in (2:00|1:[0-5]\d)$");
        await Assertions.Expect(slow.Locator("#countdown")).ToHaveTextAsync(twoMinutes, WaitText);
        await Assertions.Expect(fast.Locator("#countdown")).ToHaveTextAsync(twoMinutes, WaitText);
        await Assertions.Expect(fast.Locator("#countdown-announce")).ToHaveTextAsync(new Regex("^(2 minutes|1 minute( \\d+ seconds?)?) left in this round\\.$"), WaitText);

        // Between views the page keeps counting down by itself.
        var first = Left(await slow.Locator("#countdown").InnerTextAsync());
        await Assertions.Expect(slow.Locator("#countdown")).Not.ToHaveTextAsync($"Round closes in {first / 60}:{first % 60:00}", new() { Timeout = 10_000 });
        Assert.InRange(Left(await slow.Locator("#countdown").InnerTextAsync()), first - 5, first - 1);
    }

    [SkippableFact]
    public async Task AStudentsDevice_IsNotOfferedTheStartForm_AndReadsWhereGamesAreStarted()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var (app, address) = await StartAsSeenFromAStudentsLaptop();
        await using var _ = app;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);

        var student = await (await browser.NewContextAsync()).NewPageAsync();
        await student.GotoAsync(new Uri(address, "play").ToString());
        await Assertions.Expect(student.Locator("#start-elsewhere")).ToHaveTextAsync(
            "Games are started on the computer that runs regsim serve. Students: type the game code your teacher shows.", WaitText);
        await Assertions.Expect(student.Locator("#join-form")).ToBeVisibleAsync();
        await Assertions.Expect(student.Locator("#new-game-form")).ToBeHiddenAsync();
        await Assertions.Expect(student.Locator("#server-games")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ThePageIsToldWhetherItRunsOnTheServersComputer_WithoutTheServersJoinCode()
    {
        using (var local = server.Client())
        {
            Assert.True(await RunsTheServer(local));
        }
        var (app, address) = await StartAsSeenFromAStudentsLaptop("maple");
        await using var _ = app;
        using var laptop = new HttpClient { BaseAddress = address };
        Assert.False(await RunsTheServer(laptop));
        // Everything else still asks for the server's code.
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("api/scenarios")).StatusCode);
    }

    private static async Task<bool> RunsTheServer(HttpClient client)
    {
        using var answer = await client.GetAsync("api/this-computer");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runsTheServer").GetBoolean();
    }

    // A server every request of which seems to come from another computer of the classroom network, as a student's would.
    private static async Task<(WebApplication App, Uri Address)> StartAsSeenFromAStudentsLaptop(string? joinCode = null)
    {
        var address = new Uri($"http://127.0.0.1:{ClassroomServerFixture.FreePort()}/");
        var options = new ClassroomOptions([address.ToString().TrimEnd('/')], ClassroomServerFixture.ScenariosFolder(), joinCode);
        var app = ClassroomServer.Build(options, b => b.Services.AddSingleton<IStartupFilter, FromAStudentsLaptop>());
        await app.StartAsync();
        return (app, address);
    }

    private sealed class FromAStudentsLaptop : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("192.168.1.31");
                return then(context);
            });
            next(app);
        };
    }

    private static int Left(string countdown)
    {
        var m = Regex.Match(countdown, @"(\d+):(\d\d)$");
        Assert.True(m.Success, countdown);
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 60) + int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    // A student's device whose clock is `clockOff` from the true time.
    private static async Task<IPage> Student(IBrowser browser, string play, string code, string name, string region, TimeSpan clockOff)
    {
        var page = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow + clockOff });
        await page.GotoAsync($"{play}?game={code}");
        await page.Locator("#seat-form").WaitForAsync(new() { Timeout = 30_000 });
        await page.FillAsync("#player-name", name);
        await page.Locator($"#region-choice option[value={region}]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await page.SelectOptionAsync("#region-choice", region);
        await page.ClickAsync("#seat-form button[type=submit]");
        await page.Locator("#my-seat").WaitForAsync(new() { Timeout = 30_000 });
        return page;
    }
}
