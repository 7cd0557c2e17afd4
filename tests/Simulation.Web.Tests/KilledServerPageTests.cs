using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Simulation.Tests.Shared;

namespace Simulation.Web.Tests;

/// <summary>
/// The class game as a class lives it, in real headless Chromium against the real <c>regsim serve</c>: a teacher and three
/// students (two in one team) play two rounds; the server is killed (SIGKILL) in the middle of the second and started
/// again; every page reconnects by itself, a decision sent while the server was down is sent again by its page, the game
/// finishes, and the export has every decision.
/// </summary>
public sealed class KilledServerPageTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 60_000 };
    private readonly string _data = Directory.CreateTempSubdirectory("regsim-killed-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [SkippableFact]
    public async Task ServerKilledMidRound_PagesReconnect_GameFinishes_ExportHasEveryDecision()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        var regsim = Regsim();
        Skip.IfNot(File.Exists(regsim), $"{regsim} is not built (dotnet build Simulation.sln)");
        var port = ClassroomServerFixture.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var play = new Uri(address, "play").ToString();
        var server = await StartAsync(regsim, port);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });
            var teacher = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
            await teacher.GotoAsync(play);
            await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            await teacher.FillAsync("#game-team-size", "2");
            await teacher.ClickAsync("#new-game-form button[type=submit]");
            await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new Regex("^[A-Z0-9]{6}$"), new() { Timeout = 30_000 });
            var code = await teacher.Locator("#join-code").InnerTextAsync();
            var minji = await GamePageTests.Student(browser, play, code, "Minji", "incheon");
            var jun = await GamePageTests.Student(browser, play, code, "Jun", "incheon");
            var bora = await GamePageTests.Student(browser, play, code, "Bora", "daegu");
            await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Incheon: Minji, Jun", Wait);
            await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Daegu: Bora", Wait);

            // Round 1: Minji bids for Incheon, Bora does not bid for Daegu; the teacher judges.
            await teacher.ClickAsync("#advance");
            await Propose(minji, bid: true);
            await Propose(bora, bid: false);
            await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("2 of 2 candidate teams decided", Wait);
            await teacher.ClickAsync("#advance");
            await Assertions.Expect(bora.Locator("#phase-title")).ToContainTextAsync("Round 1 judged", Wait);

            // Round 2: Jun proposes; then the server is killed before Bora decides.
            await teacher.ClickAsync("#advance");
            await Propose(jun, bid: false);
            await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("1 of 2 candidate teams decided", Wait);
            server.Kill();
            await server.WaitForExitAsync();
            foreach (var page in new[] { teacher, minji, jun, bora })
            {
                await Assertions.Expect(page.Locator("#connection")).ToContainTextAsync("reconnecting", Wait);
            }
            // Bora sends "no bid" while the server is down and is told it cannot be reached and that her page will send it;
            // once her page hears from the server again, it sends it, and that message is gone.
            await bora.Locator("#bid").SetCheckedAsync(false);
            await bora.ClickAsync("#decision-form button[type=submit]");
            await Assertions.Expect(bora.Locator("#status")).ToContainTextAsync("The game's server cannot be reached", Wait);
            await Assertions.Expect(bora.Locator("#decision-status")).ToContainTextAsync("Not sent yet: no bid. ", Wait);

            server = await StartAsync(regsim, port);
            foreach (var page in new[] { teacher, minji, jun, bora })
            {
                await Assertions.Expect(page.Locator("#connection")).Not.ToContainTextAsync("reconnecting", Wait);
            }
            await Assertions.Expect(bora.Locator("#status")).ToHaveTextAsync("", new() { Timeout = 60_000 });
            await Assertions.Expect(minji.Locator("#team-list")).ToContainTextAsync("Jun: no bid", Wait);
            // Bora's decision reached the server without her sending it again.
            await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("2 of 2 candidate teams decided", Wait);
            await Assertions.Expect(bora.Locator("#decision-status")).ToContainTextAsync("Sent: no bid this round.", Wait);

            // The teacher plays on to the end from the same page.
            var teacherToken = await teacher.EvaluateAsync<string>($"localStorage.getItem('regsim.teacher.{code}')");
            using var http = new HttpClient { BaseAddress = address };
            for (var click = 0; click < 10 && await Phase(http, code) != "finished"; click++)
            {
                var before = await Version(http, code);
                await teacher.ClickAsync("#advance");
                for (var wait = 0; wait < 600 && await Version(http, code) == before; wait++)
                {
                    await Task.Delay(100);
                }
            }
            Assert.Equal("finished", await Phase(http, code));
            await Assertions.Expect(bora.Locator("#phase-title")).ToContainTextAsync("Game over", Wait);

            var rows = (await new GameClient(http).ExportAsync(code, teacherToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(rows, r => r.StartsWith("1,", StringComparison.Ordinal) && r.Contains(",Minji,", StringComparison.Ordinal) && r.Contains(",true,30,false,", StringComparison.Ordinal));
            Assert.Single(rows, r => r.StartsWith("2,", StringComparison.Ordinal) && r.Contains(",Jun,", StringComparison.Ordinal) && r.Contains(",false,,false,", StringComparison.Ordinal));
            Assert.Equal(2, rows.Count(r => r.Contains(",Bora,", StringComparison.Ordinal) && r.Contains(",false,,false,", StringComparison.Ordinal)));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task Propose(IPage student, bool bid)
    {
        await Assertions.Expect(student.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await student.Locator("#bid").SetCheckedAsync(bid);
        if (bid)
        {
            await student.Locator("#effort").FillAsync("30");
        }
        await student.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(student.Locator("#decision-status")).ToContainTextAsync("Sent", Wait);
    }

    private static async Task<string> Phase(HttpClient http, string code) =>
        JsonDocument.Parse(await http.GetStringAsync($"api/games/{code}")).RootElement.GetProperty("phase").GetString()!;

    private static async Task<long> Version(HttpClient http, string code) =>
        JsonDocument.Parse(await http.GetStringAsync($"api/games/{code}")).RootElement.GetProperty("version").GetInt64();

    /// <summary>The regsim built beside these tests, in the same configuration.</summary>
    internal static string Regsim()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(Path.GetDirectoryName(ClassroomServerFixture.ScenariosFolder())!, "src", "Simulation.Cli", "bin", configuration, "net10.0", "regsim.dll");
    }

    private Task<Process> StartAsync(string regsim, int port) =>
        ServeProcess.StartAsync(regsim, Path.GetDirectoryName(ClassroomServerFixture.ScenariosFolder())!, _data, port);
}
