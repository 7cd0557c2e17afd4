using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The game page at class size, in real headless Chromium: teams, captains, the round timer, the teacher's downloads,
/// and the pages reconnecting by themselves when the server restarts. The teacher and each student use their own browser
/// context (as on their own devices).</summary>
public sealed class GameClassPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 60_000 };
    private static readonly LocatorAssertionsToHaveTextOptions WaitText = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task ATeamOfTwo_SeesEachOthersProposals_UnderATimer_AndTheTeacherTakesTheGameHome()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();

        // The teacher starts a game with two students per region and no captains.
        var teacher = await StartGame(browser, play, teamSize: "2", captains: false);
        var code = await teacher.Locator("#join-code").InnerTextAsync();
        await Assertions.Expect(teacher.Locator("#team-rules")).ToHaveTextAsync("Teams of up to 2 students per region; the last proposal a member sends is the team's decision.");

        // Two students take Incheon; the teacher sees one team of two.
        var minji = await GamePageTests.Student(browser, play, code, "Minji", "incheon");
        await Assertions.Expect(minji.Locator("#my-region")).ToHaveTextAsync("Incheon", WaitText);
        var jun = await GamePageTests.Student(browser, play, code, "Jun", "incheon");
        await Assertions.Expect(jun.Locator("#my-region")).ToHaveTextAsync("Incheon", WaitText);
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Incheon: Minji, Jun", Wait);
        await Assertions.Expect(teacher.Locator("#decided")).ToHaveTextAsync("2 students in 1 team.", WaitText);
        await Assertions.Expect(minji.Locator("#team-list")).ToContainTextAsync("Jun", Wait);

        // Round 1 opens with two minutes on the clock, on every page.
        await teacher.FillAsync("#round-seconds", "120");
        await teacher.ClickAsync("#advance");
        var twoMinutes = new Regex(@"^Round closes in (2:00|1:[0-5]\d)$");
        await Assertions.Expect(minji.Locator("#countdown")).ToHaveTextAsync(twoMinutes, WaitText);
        await Assertions.Expect(jun.Locator("#countdown")).ToHaveTextAsync(twoMinutes, WaitText);
        await Assertions.Expect(teacher.Locator("#countdown")).ToHaveTextAsync(twoMinutes, WaitText);
        await Assertions.Expect(minji.Locator("#countdown-announce")).ToHaveTextAsync(new Regex("^(2 minutes|1 minute( \\d+ seconds?)?) left in this round\\.$"), WaitText);

        // Jun proposes; Minji sees his proposal and that it is Incheon's decision. Then Minji's later proposal counts.
        await Assertions.Expect(jun.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(jun.Locator("#decision-submit")).ToHaveTextAsync("Send my proposal");
        await jun.Locator("#effort").FillAsync("30");
        await jun.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(jun.Locator("#decision-status")).ToContainTextAsync("Sent: bid with ₩30", Wait);
        await Assertions.Expect(minji.Locator("#team-list")).ToContainTextAsync("Jun: bid with ₩30.0 bn", Wait);
        await Assertions.Expect(minji.Locator("#team-list")).ToContainTextAsync("Minji (you): no proposal yet", Wait);
        await Assertions.Expect(minji.Locator("#team-decision")).ToHaveTextAsync("Incheon's decision now: bid with ₩30.0 bn (proposed by Jun).", WaitText);
        await Assertions.Expect(teacher.Locator("#decided")).ToHaveTextAsync("1 of 1 candidate team decided (2 students).", WaitText);
        await minji.Locator("#bid").UncheckAsync();
        await minji.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(jun.Locator("#team-list")).ToContainTextAsync("Minji: no bid", Wait);
        await Assertions.Expect(jun.Locator("#team-decision")).ToHaveTextAsync("Incheon's decision now: no bid (proposed by Minji).", WaitText);
        await minji.ScreenshotAsync(new() { Path = "/tmp/game-team-student.png", FullPage = true });
        await AssertNoViolations(minji, "student in a team, round open under a timer");
        await AssertNoViolations(teacher, "teacher of teams, round open under a timer");

        // The teacher stops the clock and judges the round by hand.
        await teacher.ClickAsync("#deadline-clear");
        await Assertions.Expect(minji.Locator("#round-clock")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await teacher.ClickAsync("#advance");
        await Assertions.Expect(minji.Locator("#phase-title")).ToContainTextAsync("Round 1 judged", Wait);

        // Round 2 has five seconds: the server closes it, and the model plays for Incheon.
        await teacher.FillAsync("#round-seconds", "5");
        await teacher.ClickAsync("#advance");
        await Assertions.Expect(jun.Locator("#phase-title")).ToContainTextAsync("Round 2 judged", new() { Timeout = 60_000 });
        await Assertions.Expect(teacher.Locator("#round-clock")).ToBeHiddenAsync();

        // The CSV and the debrief page are one click away, with the teacher's token.
        var csv = await teacher.APIRequest.GetAsync(await Href(teacher, "#export-link"));
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        var rows = await csv.TextAsync();
        Assert.Contains("Minji", rows, StringComparison.Ordinal);
        Assert.Contains("Jun", rows, StringComparison.Ordinal);
        Assert.Equal($"regsim-game-{code}.csv", await teacher.Locator("#export-link").GetAttributeAsync("download"));
        var debrief = await teacher.APIRequest.GetAsync(await Href(teacher, "#debrief-link"));
        Assert.Equal(200, debrief.Status);
        Assert.StartsWith("text/html", debrief.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("Incheon", await debrief.TextAsync(), StringComparison.Ordinal);
        await teacher.ScreenshotAsync(new() { Path = "/tmp/game-team-teacher.png", FullPage = true });

        // Deleting asks first, then the game is gone and the teacher is back at the start.
        string? asked = null;
        teacher.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };
        await teacher.ClickAsync("#delete-game");
        await Assertions.Expect(teacher.Locator("#new-game-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Contains($"Delete game {code}", asked, StringComparison.Ordinal);
        Assert.Equal(404, (await teacher.APIRequest.GetAsync(new Uri(server.BaseAddress, $"api/games/{code}").ToString())).Status);
    }

    [SkippableFact]
    public async Task WithCaptains_OnlyTheCaptainsProposalCounts_UntilTheTeacherNamesAnother()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();

        var teacher = await StartGame(browser, play, teamSize: "2", captains: true);
        var code = await teacher.Locator("#join-code").InnerTextAsync();
        var minji = await GamePageTests.Student(browser, play, code, "Minji", "incheon");
        await Assertions.Expect(minji.Locator("#my-region")).ToHaveTextAsync("Incheon", WaitText);
        var jun = await GamePageTests.Student(browser, play, code, "Jun", "incheon");
        await Assertions.Expect(jun.Locator("#my-region")).ToHaveTextAsync("Incheon", WaitText);
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Incheon: Minji (captain), Jun", Wait);
        await Assertions.Expect(jun.Locator("#team-rule")).ToHaveTextAsync("Minji is Incheon's captain: their proposal is its decision; yours is advice.", WaitText);
        await Assertions.Expect(minji.Locator("#team-rule")).ToHaveTextAsync("You are Incheon's captain: your proposal is its decision.", WaitText);

        // Jun's proposal is advice only: Incheon has no decision until its captain sends one.
        await teacher.ClickAsync("#advance");
        await Assertions.Expect(jun.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await jun.Locator("#effort").FillAsync("30");
        await jun.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(minji.Locator("#team-list")).ToContainTextAsync("Jun: bid with ₩30.0 bn", Wait);
        await Assertions.Expect(minji.Locator("#team-decision")).ToContainTextAsync("Incheon has no decision yet: only its captain's proposal decides; if the captain sends none, the model decides for it.", Wait);
        await Assertions.Expect(teacher.Locator("#decided")).ToHaveTextAsync("0 of 1 candidate team decided (2 students).", WaitText);

        // The teacher makes Jun captain: his proposal becomes Incheon's decision, on every page.
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Make Jun captain of Incheon" }).ClickAsync();
        // Mid-round the region's note for the round follows its name, before its members.
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Incheon ✓ decided: Minji, Jun \(captain\)"), Wait);
        await Assertions.Expect(minji.Locator("#team-rule")).ToHaveTextAsync("Jun is Incheon's captain: their proposal is its decision; yours is advice.", WaitText);
        await Assertions.Expect(minji.Locator("#team-list")).ToContainTextAsync("Jun (captain): bid with ₩30.0 bn", Wait);
        await Assertions.Expect(minji.Locator("#team-decision")).ToHaveTextAsync("Incheon's decision now: bid with ₩30.0 bn (proposed by Jun).", WaitText);
        await Assertions.Expect(jun.Locator("#team-decision")).ToHaveTextAsync("Incheon's decision now: bid with ₩30.0 bn (proposed by you).", WaitText);
        await Assertions.Expect(teacher.Locator("#decided")).ToHaveTextAsync("1 of 1 candidate team decided (2 students).", WaitText);
        await AssertNoViolations(teacher, "teacher of teams with captains");
    }

    [SkippableFact]
    public async Task AfterTheServerRestarts_ThePagesReconnectByThemselves_WithTheirSeatAndRole()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        var data = Directory.CreateTempSubdirectory("regsim-restart-").FullName;
        var address = new Uri($"http://127.0.0.1:{ClassroomServerFixture.FreePort()}/");
        var options = new ClassroomOptions([address.ToString().TrimEnd('/')], ClassroomServerFixture.ScenariosFolder(), DataFolder: data) { ComparisonGames = 100 };
        // A short shutdown timeout: the pages' event streams never end by themselves.
        WebApplication Build() => ClassroomServer.Build(options, b => b.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1)));
        var app = Build();
        await app.StartAsync();
        try
        {
            string code, teacherToken, seat;
            using (var http = new HttpClient { BaseAddress = address })
            {
                var game = new GameClient(http);
                (code, teacherToken) = await game.StartAsync();
                (seat, _) = await game.TakeSeatAsync(code, "Minji", "incheon");
            }
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Launch(playwright);
            var play = new Uri(address, $"play?game={code}").ToString();
            var student = await PageWith(browser, play, $"regsim.seat.{code}", seat);
            var teacher = await PageWith(browser, play, $"regsim.teacher.{code}", teacherToken);
            await Assertions.Expect(student.Locator("#my-region")).ToHaveTextAsync("Incheon", new() { Timeout = 30_000 });
            await Assertions.Expect(teacher.Locator("#advance")).ToContainTextAsync("Open round 1:", new() { Timeout = 30_000 });

            await app.StopAsync();
            await app.DisposeAsync();
            await Assertions.Expect(student.Locator("#connection")).ToContainTextAsync("reconnecting", Wait);
            await Assertions.Expect(teacher.Locator("#connection")).ToContainTextAsync("reconnecting", Wait);
            await student.ScreenshotAsync(new() { Path = "/tmp/game-reconnecting.png" });

            app = Build();
            await app.StartAsync();

            // Nobody reloads a page: the teacher opens round 1 from the page it had, and the student decides in it.
            await Assertions.Expect(teacher.Locator("#connection")).Not.ToContainTextAsync("reconnecting", Wait);
            await teacher.ClickAsync("#advance");
            await Assertions.Expect(student.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(student.Locator("#connection")).Not.ToContainTextAsync("reconnecting", Wait);
            await Assertions.Expect(student.Locator("#my-region")).ToHaveTextAsync("Incheon");
            await student.Locator("#effort").FillAsync("30");
            await student.ClickAsync("#decision-form button[type=submit]");
            await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("1 of 1 candidate decided.", Wait);
        }
        finally
        {
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<IBrowser> Launch(IPlaywright playwright) => await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Chromium,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });

    private static async Task<IPage> StartGame(IBrowser browser, string play, string teamSize, bool captains)
    {
        var teacher = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await teacher.GotoAsync(play);
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await teacher.FillAsync("#game-team-size", teamSize);
        await teacher.Locator("#game-captains").SetCheckedAsync(captains);
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new Regex("^[A-Z0-9]{6}$"), new() { Timeout = 30_000 });
        return teacher;
    }

    private async Task<string> Href(IPage page, string selector) =>
        new Uri(server.BaseAddress, await page.Locator(selector).GetAttributeAsync("href")).ToString();

    private static async Task AssertNoViolations(IPage page, string view)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"{view}:\n{string.Join("\n", found)}");
    }

    // A page of its own browser context whose localStorage already holds the token, as after joining.
    private static async Task<IPage> PageWith(IBrowser browser, string url, string key, string token)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync($"localStorage.setItem('{key}', '{token}');");
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }
}
