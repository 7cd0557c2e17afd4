using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The games on a server, as its own computer sees them: a teacher whose browser lost a game's page (another
/// browser, cleared data) takes the game up again from the list on <c>/play</c>, and the API lists each game with its
/// token so that a stale one can be deleted to make room.</summary>
public sealed class GameListPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task TheServersComputer_ListsEveryGameWithItsToken_AndCanDeleteOne()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Ana");

        var listed = (await http.GetFromJsonAsync<JsonElement>("api/games")).EnumerateArray().Single(g => g.GetProperty("code").GetString() == code);

        Assert.Equal(teacher, listed.GetProperty("teacherToken").GetString());
        Assert.Equal("lobby", listed.GetProperty("phase").GetString());
        Assert.Equal(1, listed.GetProperty("students").GetInt32());
        using var deleted = await game.SendAsync(HttpMethod.Delete, $"api/games/{code}", teacher: listed.GetProperty("teacherToken").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain((await http.GetFromJsonAsync<JsonElement>("api/games")).EnumerateArray(), g => g.GetProperty("code").GetString() == code);
    }

    [SkippableFact]
    public async Task AnotherBrowserOnTheServersComputer_TakesUpTheGameAsTeacher()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var http = server.Client();
        var (code, _) = await new GameClient(http).StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });

        var page = await (await browser.NewContextAsync()).NewPageAsync(); // nothing stored: as another browser
        await page.GotoAsync(new Uri(server.BaseAddress, "play").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Open {code} as teacher" }).ClickAsync(new() { Timeout = 30_000 });

        await Assertions.Expect(page.Locator("#join-code")).ToHaveTextAsync(code, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#advance")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
