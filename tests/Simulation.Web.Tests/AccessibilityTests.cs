using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>Runs the axe-core accessibility rules (WCAG 2 A and AA: contrast, labels, names, landmarks, keyboard focus) on
/// every view a class sees, in real headless Chromium.</summary>
public sealed class AccessibilityTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    private static async Task<IBrowser> Launch(IPlaywright playwright) => await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Chromium,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });

    private static async Task AssertNoViolations(IPage page, string view)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"{view}:\n{string.Join("\n", found)}");
    }

    [SkippableFact]
    public async Task TheModelPage_AfterARunAndAReplay_HasNoViolations()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("input[data-path]").First.WaitForAsync();
        await AssertNoViolations(page, "model page, before a run");

        await page.Locator("#replications").FillAsync("200");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Done", new() { Timeout = 120_000 });
        await AssertNoViolations(page, "model page, after a run");

        await page.FillAsync("#replay-number", "3");
        await page.ClickAsync("#replay-show");
        for (var year = 2003; year < 2007; year++)
        {
            await page.ClickAsync("#replay-next");
        }
        await Assertions.Expect(page.Locator("#replay-competitions table").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await AssertNoViolations(page, "model page, replay in 2007");
    }

    [SkippableFact]
    public async Task TheGamePages_OfTheTeacherAndAStudent_HaveNoViolations()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacherToken) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Minji", "incheon");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();

        var landing = await browser.NewPageAsync();
        await landing.GotoAsync(play);
        await landing.Locator("#game-scenario option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await AssertNoViolations(landing, "landing");

        await game.AdvanceAsync(code, teacherToken); // round 1 open
        var teacher = await Page(browser, $"{play}?game={code}", $"regsim.teacher.{code}", teacherToken);
        await Assertions.Expect(teacher.Locator("#advance")).ToHaveTextAsync("Judge round 1", new() { Timeout = 30_000 });
        await AssertNoViolations(teacher, "teacher, round open");

        var student = await Page(browser, $"{play}?game={code}", $"regsim.seat.{code}", seat);
        await Assertions.Expect(student.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await AssertNoViolations(student, "student, deciding");

        await game.AdvanceAsync(code, teacherToken); // judged: results and standings
        await Assertions.Expect(student.Locator("#results table")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await AssertNoViolations(student, "student, round judged");

        for (var phase = 0; phase < 5; phase++)
        {
            await game.AdvanceAsync(code, teacherToken); // on to the end
        }
        await Assertions.Expect(student.Locator("#comparison svg")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await AssertNoViolations(student, "student, game over");
    }

    [SkippableFact]
    public async Task TheRunReport_HasNoViolations()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        var scenario = Experiments.Scenarios.ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"));
        var result = Experiments.MonteCarlo.Run(scenario.Model, new Experiments.RunOptions(200, 1, 2));
        var manifest = new Output.RunManifest("test", scenario.Model.Name, scenario.File.Path, scenario.File.Sha256, [.. scenario.Files.Skip(1)], 1, 200, 2,
            result.Modes, "2026-01-01T00:00:00Z", 1.0, ["report.html"]);
        var html = Output.Reports.HtmlReport.Render(scenario, result, manifest, Experiments.Narration.ResultNarrative.Describe(scenario.Model, result));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.SetContentAsync(html);

        await AssertNoViolations(page, "report.html");
    }

    // A page of its own browser context whose localStorage already holds the token, as after joining.
    private static async Task<IPage> Page(IBrowser browser, string url, string key, string token)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync($"localStorage.setItem('{key}', '{token}');");
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }
}
