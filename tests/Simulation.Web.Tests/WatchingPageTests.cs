using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>In real headless Chromium: a student who asks for any region when only a region that watches has room is told
/// plainly on their page that it does not bid and that no region that bids has room; the teacher's page says who watches;
/// once the teacher takes more students per region, the student moves to a region that bids from their own page; once
/// the game is over, no region is marked as watching.</summary>
public sealed class WatchingPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task AStudentGivenARegionThatWatches_IsToldSo_TheTeacherToo_AndTheStudentMovesWhenThereIsRoom()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });
        var play = new Uri(server.BaseAddress, "play").ToString();
        var teacher = await (await browser.NewContextAsync()).NewPageAsync();
        await teacher.GotoAsync(play);
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await teacher.FillAsync("#game-team-size", "1");
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{6}$"), Wait);
        var code = await teacher.Locator("#join-code").InnerTextAsync();
        using var http = server.Client();
        var game = new GameClient(http);
        for (var i = 0; i < 15; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }

        // The last place is in Jeju, which no baseline project admits: "Give me any region" seats Hana there, and says so.
        var hana = await GamePageTests.Student(browser, play, code, "Hana", null);
        await Assertions.Expect(hana.Locator("#my-region")).ToHaveTextAsync("Jeju", Wait);
        await Assertions.Expect(hana.Locator("#watching-text")).ToHaveTextAsync(
            "Jeju watches and does not bid: it is a candidate in none of the rounds left, so you follow the rounds and the standings without deciding. "
            + "Every region that bids has a full team: if the teacher takes more students per region, you can move to one here.", Wait);
        await Assertions.Expect(hana.Locator("#move-form")).ToBeHiddenAsync();
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Hana: Jeju (watches: does not bid)", new() { Timeout = 60_000 });
        await Assertions.Expect(teacher.Locator("#watching-note")).ToHaveTextAsync(
            "Watching, not bidding: Jeju (Hana), a candidate in none of the rounds left. "
            + "Every region that bids is full: take more students per region below, and these students can move to one from their page.", Wait);

        await teacher.FillAsync("#team-size-now", "2");
        await teacher.ClickAsync("#team-size-set");

        await Assertions.Expect(teacher.Locator("#watching-note")).ToHaveTextAsync(
            "Watching, not bidding: Jeju (Hana), a candidate in none of the rounds left. Regions that bid still have room: these students can move to one from their page.", Wait);
        await Assertions.Expect(hana.Locator("#watching-text")).ToContainTextAsync("Regions that bid still have room: you can move to one below.", new() { Timeout = 60_000 });
        // A team that watches has nothing to propose: its page does not invite proposals.
        await game.TakeSeatAsync(code, "Jun", "jeju");
        await Assertions.Expect(hana.Locator("#team-rule")).ToHaveTextAsync("Your team follows the rounds together: Jeju has no decision to make in the rounds left.", Wait);
        await Assertions.Expect(hana.Locator("#move-choice option")).ToHaveCountAsync(15, new() { Timeout = 60_000 });
        await hana.SelectOptionAsync("#move-choice", "incheon");
        await hana.ClickAsync("#move-form button[type=submit]");

        await Assertions.Expect(hana.Locator("#my-region")).ToHaveTextAsync("Incheon", Wait);
        await Assertions.Expect(hana.Locator("#status")).ToHaveTextAsync("You now play Incheon.", Wait);
        await Assertions.Expect(hana.Locator("#watching")).ToBeHiddenAsync();
        await Assertions.Expect(hana.Locator("#seat-form")).ToBeHiddenAsync();
        await Assertions.Expect(teacher.Locator("#watching-note")).ToHaveTextAsync(
            "Watching, not bidding: Jeju (Jun), a candidate in none of the rounds left. Regions that bid still have room: these students can move to one from their page.", Wait);
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Incheon: Student", new() { Timeout = 60_000 });
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync(", Hana", new() { Timeout = 60_000 });

        // A reload keeps the new seat: the page holds the new token.
        await hana.ReloadAsync();
        await Assertions.Expect(hana.Locator("#my-region")).ToHaveTextAsync("Incheon", Wait);

        // Once the game is over no region bids again, so none is marked as watching on the projected list.
        for (var click = 0; click < 8 && await teacher.Locator("#advance").InnerTextAsync() is var label && label != "Game over"; click++)
        {
            await teacher.ClickAsync("#advance");
            await Assertions.Expect(teacher.Locator("#advance")).Not.ToHaveTextAsync(label, Wait);
        }
        await Assertions.Expect(teacher.Locator("#phase-title")).ToHaveTextAsync("Game over", Wait);
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Jeju: Jun", new() { Timeout = 60_000 });
        await Assertions.Expect(teacher.Locator("#players")).Not.ToContainTextAsync("watches", new() { Timeout = 5_000 });
    }
}
