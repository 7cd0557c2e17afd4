using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A student's phone loses the network, in real headless Chromium, while the server runs on: a decision sent offline
/// is kept by the page and sent when it is back online; one whose round the teacher closed meanwhile is said not to have
/// arrived, never dropped without a word.</summary>
public sealed class OfflineStudentPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task ADecisionSentOffline_IsSentWhenBackOnline_OrSaidNotToHaveArrivedWhenTheRoundClosedFirst()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await GamePageTests.Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();
        var (teacher, code) = await GamePageTests.TeacherWithASoloGame(browser, play);
        var minji = await GamePageTests.Student(browser, play, code, "Minji", "incheon");
        var bora = await GamePageTests.Student(browser, play, code, "Bora", "daegu");
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Bora", Wait);
        await teacher.ClickAsync("#advance");

        // Minji decides offline; her page keeps the decision and sends it once she is online again.
        await Assertions.Expect(minji.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await minji.Context.SetOfflineAsync(true);
        await minji.Locator("#bid").SetCheckedAsync(false);
        await minji.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(minji.Locator("#decision-status")).ToContainTextAsync("Not sent yet: no bid.", Wait);
        await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("0 of 2 candidates decided", Wait);
        await minji.Context.SetOfflineAsync(false);
        await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("1 of 2 candidates decided", Wait);
        await Assertions.Expect(minji.Locator("#decision-status")).ToContainTextAsync("Sent: no bid this round.", Wait);

        // Bora decides offline, and the teacher judges the round before she is back: her page says it did not arrive.
        await Assertions.Expect(bora.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await bora.Context.SetOfflineAsync(true);
        await bora.Locator("#bid").SetCheckedAsync(false);
        await bora.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(bora.Locator("#decision-status")).ToContainTextAsync("Not sent yet: no bid.", Wait);
        await teacher.ClickAsync("#advance");
        await Assertions.Expect(teacher.Locator("#phase-title")).ToContainTextAsync("Round 1 judged", Wait);
        await bora.Context.SetOfflineAsync(false);
        await Assertions.Expect(bora.Locator("#decision-status")).ToContainTextAsync(
            "Your last decision (no bid) did not reach the game's server before the round closed.", Wait);
    }
}
