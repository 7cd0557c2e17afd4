using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A game stays under its regime until the teacher switches: the start form says so and names the years the
/// scenario's timeline gives each regime, and the teacher's page says when the next round falls in another era.</summary>
public sealed class RegimeTimelinePageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 60_000 };

    [Fact]
    public async Task TheRegimes_SayTheirYearsOnTheTimeline_AndWhichItStartsUnder()
    {
        using var http = server.Client();

        var regimes = (await http.GetFromJsonAsync<JsonElement>("api/scenarios/baseline/regimes")).EnumerateArray().ToList();

        Assert.Equal(["2003–2007", "2008–2015"], regimes.Select(r => r.GetProperty("timelineYears").GetString()));
        Assert.Equal([true, false], regimes.Select(r => r.GetProperty("timelineFirst").GetBoolean()));
    }

    [SkippableFact]
    public async Task TheStartForm_NamesTheTimelinesYears_AndTheTeacherIsToldWhenARoundFallsInAnotherEra()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });
        var form = await (await browser.NewContextAsync()).NewPageAsync();
        await form.GotoAsync(new Uri(server.BaseAddress, "play").ToString());
        await form.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await Assertions.Expect(form.Locator("#game-regime")).ToHaveValueAsync("roh");
        await Assertions.Expect(form.Locator("#game-regime option")).ToHaveTextAsync(
            ["Centralized de-concentration (Roh era) (on the timeline: 2003–2007)", "Regionalized concentration (Lee era) (on the timeline: 2008–2015)"]);
        await Assertions.Expect(form.Locator("#game-regime-hint")).ToContainTextAsync("does not change by itself when the timeline's era changes");

        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacherToken) = await client.StartAsync();
        var context = await browser.NewContextAsync(new() { TimezoneId = "Asia/Seoul" });
        await context.AddInitScriptAsync($"localStorage.setItem('regsim.teacher.{code}', '{teacherToken}')");
        var teacher = await context.NewPageAsync();
        await teacher.GotoAsync(new Uri(server.BaseAddress, $"play?game={code}").ToString());
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(code, Wait);
        await Assertions.Expect(teacher.Locator("#regime-hint")).ToHaveTextAsync("", Wait); // round 1, 2007: the Roh era, as the game
        // The debrief the teacher opens is dated in the browser's time zone.
        Assert.EndsWith("&tz=Asia%2FSeoul", await teacher.Locator("#debrief-link").GetAttributeAsync("href"), StringComparison.Ordinal);

        for (var i = 0; i < 4; i++)
        {
            await client.AdvanceAsync(code, teacherToken); // rounds 1 and 2 (2007) opened and judged
        }

        await Assertions.Expect(teacher.Locator("#regime-hint")).ToHaveTextAsync(
            "On the scenario's timeline, round 3 (2009) falls under Regionalized concentration (Lee era); switch above to follow it.", Wait);
        await teacher.Locator("#regime-options input[value=lee]").CheckAsync();
        await Assertions.Expect(teacher.Locator("#regime-hint")).ToHaveTextAsync("", Wait);
        // The switch is confirmed in words, not only by the radio button.
        await Assertions.Expect(teacher.Locator("#status")).ToHaveTextAsync("Regionalized concentration (Lee era) now applies, from the next competition judged.", Wait);
    }
}
