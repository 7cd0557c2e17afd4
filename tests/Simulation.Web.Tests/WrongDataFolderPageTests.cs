using System.Diagnostics;
using Microsoft.Playwright;
using Simulation.Tests.Shared;

namespace Simulation.Web.Tests;

/// <summary>
/// In real headless Chromium against the real <c>regsim serve</c>: a server started again on the wrong data folder does not
/// know the class's game, and a student's page says so; started again on the right one, the page carries on by itself, as
/// after an ordinary restart, so a teacher need not have thirty students reload.
/// </summary>
public sealed class WrongDataFolderPageTests : IDisposable
{
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 60_000 };
    private readonly string _right = Directory.CreateTempSubdirectory("regsim-right-").FullName;
    private readonly string _wrong = Directory.CreateTempSubdirectory("regsim-wrong-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_right, recursive: true);
        Directory.Delete(_wrong, recursive: true);
    }

    [SkippableFact]
    public async Task APageOfAGameTheServerDoesNotKnow_CarriesOnByItself_OnceTheRightFolderIsServedAgain()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var regsim = KilledServerPageTests.Regsim();
        Skip.IfNot(File.Exists(regsim), $"{regsim} is not built (dotnet build Simulation.sln)");
        var port = ClassroomServerFixture.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var server = await StartAsync(regsim, _right, port);
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            var game = new GameClient(http);
            var (code, _) = await game.StartAsync();
            var (seat, _) = await game.TakeSeatAsync(code, "Ana");
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await HeadlessChromium.LaunchAsync(playwright);
            var context = await browser.NewContextAsync();
            await context.AddInitScriptAsync($"localStorage.setItem('regsim.seat.{code}', '{seat}')");
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(address, $"play?game={code}").ToString());
            await Assertions.Expect(page.Locator("#my-name")).ToContainTextAsync("Ana", Wait);

            await StopAsync(server);
            server = await StartAsync(regsim, _wrong, port);
            await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"There is no game with the code {code}", Wait);
            await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("this page notices the restart within 15 seconds and carries on by itself", Wait);
            // While the wrong server runs, the page watches for a restart without asking for the game by its code, each such
            // request counting as a wrong code against the address (30 in 10 minutes and the whole class is locked out).
            var byCode = 0;
            var polls = 0;
            page.Request += (_, request) =>
            {
                byCode += request.Url.Contains($"/api/games/{code}", StringComparison.Ordinal) ? 1 : 0;
                polls += request.Url.EndsWith("/api/this-computer", StringComparison.Ordinal) ? 1 : 0;
            };
            await Task.Delay(TimeSpan.FromSeconds(20));
            Assert.Equal(0, byCode);
            Assert.True(polls >= 1, "the page watches for the server's restart");

            await StopAsync(server);
            server = await StartAsync(regsim, _right, port);
            await Assertions.Expect(page.Locator("#my-name")).ToContainTextAsync("Ana", Wait);
            await Assertions.Expect(page.Locator("#my-name")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("#start")).ToBeHiddenAsync(new() { Timeout = 10_000 });
            await Assertions.Expect(page.Locator("#status")).Not.ToContainTextAsync("There is no game", Wait);
        }
        finally
        {
            await StopAsync(server);
        }
    }

    private static async Task StopAsync(Process server)
    {
        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true);
        }
        await server.WaitForExitAsync();
    }

    private static Task<Process> StartAsync(string regsim, string data, int port) =>
        ServeProcess.StartAsync(regsim, Path.GetDirectoryName(ClassroomServerFixture.ScenariosFolder())!, data, port);
}
