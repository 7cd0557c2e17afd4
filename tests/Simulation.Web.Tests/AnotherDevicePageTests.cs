using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A student whose phone dies mid-round, in real headless Chromium: the teacher lets her in again from the teacher's
/// page, and her name with the teacher's code typed on a laptop's join form takes back her region with the decision the phone
/// sent.</summary>
public sealed class AnotherDevicePageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task AStudentLetInAgain_PlaysOnFromANewDevice_WithTheDecisionSentBefore()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await GamePageTests.Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();
        var (teacher, code) = await GamePageTests.TeacherWithASoloGame(browser, play);
        var phone = await GamePageTests.Student(browser, play, code, "Minji", "incheon");
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Minji", Wait);
        await teacher.ClickAsync("#advance");
        await Assertions.Expect(phone.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await phone.Locator("#bid").SetCheckedAsync(false);
        await phone.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(phone.Locator("#decision-status")).ToContainTextAsync("Sent: no bid this round.", Wait);
        await phone.Context.CloseAsync(); // the phone dies

        // Before the teacher lets her in, the laptop's join form is told what to do.
        var laptop = await (await browser.NewContextAsync()).NewPageAsync();
        await laptop.GotoAsync($"{play}?game={code}");
        await laptop.Locator("#seat-form").WaitForAsync(new() { Timeout = 30_000 });
        await laptop.FillAsync("#player-name", "Minji");
        await laptop.ClickAsync("#any-region");
        await Assertions.Expect(laptop.Locator("#status")).ToContainTextAsync("ask the teacher to let you in again", Wait);

        await teacher.FillAsync("#rejoin-name", "minji");
        await teacher.ClickAsync("#rejoin-allow");
        await Assertions.Expect(teacher.Locator("#status")).ToContainTextAsync("Minji can now join on the other device until", Wait);
        await Assertions.Expect(teacher.Locator("#status")).ToContainTextAsync("to play Incheon again.", Wait);
        var digits = System.Text.RegularExpressions.Regex.Match(await teacher.Locator("#status").InnerTextAsync(), @"the code (\d{6})").Groups[1].Value;

        // Her name alone is not enough: the page asks for the code and opens the place to type it.
        await laptop.ClickAsync("#any-region");
        await Assertions.Expect(laptop.Locator("#status")).ToContainTextAsync("The code from your teacher is needed", Wait);
        await Assertions.Expect(laptop.Locator("#rejoin-code")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await laptop.FillAsync("#rejoin-code", digits);
        await laptop.ClickAsync("#any-region");
        await laptop.Locator("#my-seat").WaitForAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(laptop.Locator("#my-seat")).ToContainTextAsync("Incheon", Wait);
        await Assertions.Expect(laptop.Locator("#decision-status")).ToContainTextAsync("no bid", Wait);
        await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("1 of 1 candidate decided", Wait);
    }
}
