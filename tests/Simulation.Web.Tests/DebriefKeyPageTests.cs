using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The teacher's button that replaces the read-only key, in real headless Chromium: once confirmed, the page's
/// debrief and CSV links carry the new key, the links it showed before are refused, and the teacher's page on another device
/// takes the new links by itself.</summary>
public sealed class DebriefKeyPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [SkippableFact]
    public async Task TheTeachersButton_GivesTheLinksANewKey_AndTheOldLinksAreRefused()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacherToken) = await game.StartAsync();
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync($"localStorage.setItem('regsim.teacher.{code}', '{teacherToken}')");
        var teacher = await context.NewPageAsync();
        await teacher.GotoAsync(new Uri(server.BaseAddress, $"play?game={code}").ToString());
        var debriefLink = teacher.Locator("#debrief-link");
        await Assertions.Expect(debriefLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("key="), new() { Timeout = 60_000 });
        var oldDebrief = await Href(teacher, "#debrief-link");
        var oldExport = await Href(teacher, "#export-link");
        var confirmations = new List<string>();
        teacher.Dialog += async (_, dialog) =>
        {
            confirmations.Add(dialog.Message);
            await dialog.AcceptAsync();
        };

        var otherDevice = await context.NewPageAsync(); // the same teacher's second device, following the same game
        await otherDevice.GotoAsync(new Uri(server.BaseAddress, $"play?game={code}").ToString());
        await Assertions.Expect(otherDevice.Locator("#debrief-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("key="), new() { Timeout = 60_000 });
        Assert.Equal(oldDebrief, await Href(otherDevice, "#debrief-link"));

        await teacher.ClickAsync("#replace-key");

        await Assertions.Expect(teacher.Locator("#status")).ToContainTextAsync("new key", new() { Timeout = 60_000 });
        Assert.Contains("can no longer open them", Assert.Single(confirmations), StringComparison.Ordinal);
        var newDebrief = await Href(teacher, "#debrief-link");
        var newExport = await Href(teacher, "#export-link");
        Assert.NotEqual(oldDebrief, newDebrief);
        Assert.NotEqual(oldExport, newExport);
        // The other device is told by the game's stream that the key changed and asks for the new links itself.
        await Assertions.Expect(otherDevice.Locator("#debrief-link")).ToHaveAttributeAsync("href", newDebrief[newDebrief.IndexOf("/api/", StringComparison.Ordinal)..],
            new() { Timeout = 60_000 });
        Assert.Equal(newExport, await Href(otherDevice, "#export-link"));
        foreach (var link in new[] { oldDebrief, oldExport })
        {
            var refused = await teacher.APIRequest.GetAsync(link);
            Assert.Equal(403, refused.Status);
            Assert.Contains("was replaced by the teacher", await refused.TextAsync(), StringComparison.Ordinal);
        }
        // A browser following an old link is told in words, on a page, not in the API's JSON.
        var page = await teacher.APIRequest.GetAsync(oldDebrief, new() { Headers = new Dictionary<string, string> { ["Accept"] = "text/html,application/xhtml+xml" } });
        Assert.Equal(403, page.Status);
        Assert.StartsWith("text/html", page.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("<p>This link's key was replaced by the teacher of game", await page.TextAsync(), StringComparison.Ordinal);
        var debrief = await teacher.APIRequest.GetAsync(newDebrief);
        Assert.Equal(200, debrief.Status);
        Assert.Contains($"game {code}", await debrief.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (await teacher.APIRequest.GetAsync(newExport)).Status);
        Assert.Equal(newDebrief[..newDebrief.IndexOf("&tz=", StringComparison.Ordinal)], new Uri(server.BaseAddress, (await game.LinksAsync(code, teacherToken)).Debrief).ToString());
    }

    private async Task<string> Href(IPage page, string selector) =>
        new Uri(server.BaseAddress, await page.Locator(selector).GetAttributeAsync("href")).ToString();
}
