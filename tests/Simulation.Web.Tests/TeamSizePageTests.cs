using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The teacher's page and a class larger than its teams: the start form fits a class by default, and a student
/// turned away is named on the teacher's screen, who takes more students per region without starting again.</summary>
public sealed class TeamSizePageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task TheStartFormFitsAClass_AndTheTeacherSeesWhoWasTurnedAway_AndTakesMorePerRegion()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });
        var teacher = await (await browser.NewContextAsync()).NewPageAsync();
        await teacher.GotoAsync(new Uri(server.BaseAddress, "play").ToString());
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

        await Assertions.Expect(teacher.Locator("#game-team-size")).ToHaveValueAsync("3");
        await Assertions.Expect(teacher.Locator("#game-team-hint")).ToContainTextAsync("up to 48");
        await teacher.FillAsync("#game-team-size", "1");
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{6}$"), Wait);
        var code = await teacher.Locator("#join-code").InnerTextAsync();
        using var http = server.Client();
        var game = new GameClient(http);
        for (var i = 0; i < 16; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }
        using (await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", """{"name":"Late"}"""))
        {
        }

        await Assertions.Expect(teacher.Locator("#turned-away")).ToHaveTextAsync(
            "1 student could not join (Late): every region's team was full. Take more students per region below, then ask them to join again.", Wait);
        await Assertions.Expect(teacher.Locator("#team-size-now")).ToHaveValueAsync("1");
        await teacher.FillAsync("#team-size-now", "2");
        await teacher.ClickAsync("#team-size-set");
        await Assertions.Expect(teacher.Locator("#team-rules")).ToHaveTextAsync("Teams of up to 2 students per region; the last proposal a member sends is the team's decision.", Wait);
        await game.TakeSeatAsync(code, "Late");
        await Assertions.Expect(teacher.Locator("#turned-away")).ToHaveTextAsync("", Wait);
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Late");
    }

    [SkippableFact]
    public async Task AFinishedGameRecordsWhoWasTurnedAway_WithoutAskingForWhatCanNoLongerBeDone()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacherToken) = await game.StartAsync();
        for (var i = 0; i < 16; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }
        using (await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", """{"name":"Late"}"""))
        {
        }
        await game.PlayToTheEndAsync(code, teacherToken);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync($"localStorage.setItem('regsim.teacher.{code}', '{teacherToken}')");
        var teacher = await context.NewPageAsync();
        await teacher.GotoAsync(new Uri(server.BaseAddress, $"play?game={code}").ToString());

        await Assertions.Expect(teacher.Locator("#turned-away")).ToHaveTextAsync(
            "1 student could not join (Late): every region's team was full. The game is over.", Wait);
        await Assertions.Expect(teacher.Locator("#team-size-controls")).ToBeHiddenAsync();
    }
}
