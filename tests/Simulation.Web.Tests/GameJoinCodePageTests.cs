using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A class game on a server with a join code (as on a classroom network), in real headless Chromium: the teacher's
/// page shows students the address with the server's code in it, and a student who comes without it only joins (no
/// teacher's form) and, typing a wrong game code, is told there is no such game instead of waiting for a reconnection.</summary>
public sealed class GameJoinCodePageTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync() => (_app, _address) = await ClassroomServerFixture.StartAsync(joinCode: "maple");

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task TheTeachersPage_GivesTheAddressWithTheServersCode_AndAStudentWithoutItOnlyJoins()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });

        var teacher = await (await browser.NewContextAsync()).NewPageAsync();
        await teacher.GotoAsync(new Uri(_address, "play?code=maple").ToString());
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-url")).ToHaveTextAsync(new Uri(_address, "play?code=maple").ToString(), new() { Timeout = 30_000 });

        var student = await (await browser.NewContextAsync()).NewPageAsync();
        await student.GotoAsync(new Uri(_address, "play").ToString());
        await Assertions.Expect(student.Locator("#join-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(student.Locator("#new-game-form")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(student.Locator("#status")).ToHaveTextAsync("");
        await student.Locator("#join-code-input").FillAsync("ZZZZZZ");
        await student.ClickAsync("#join-form button[type=submit]");
        await Assertions.Expect(student.Locator("#status")).ToContainTextAsync("There is no game with the code ZZZZZZ", new() { Timeout = 30_000 });
        await Assertions.Expect(student.Locator("#connection")).ToHaveTextAsync("");
    }

    [SkippableFact]
    public async Task OnTheServersComputer_AWrongCodeInTheAddress_IsSaidToBeRefused_AndNoCodeAtAllToBeMissing()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });

        var mistyped = await (await browser.NewContextAsync()).NewPageAsync();
        await mistyped.GotoAsync(new Uri(_address, "play?code=mapel").ToString());
        await Assertions.Expect(mistyped.Locator("#start-elsewhere")).ToHaveTextAsync(
            "The server refused the join code in this page's address (?code=mapel): check it against the address regsim serve printed, and open that address to start a game.",
            new() { Timeout = 30_000 });
        await Assertions.Expect(mistyped.Locator("#new-game-form")).ToBeHiddenAsync();

        var bare = await (await browser.NewContextAsync()).NewPageAsync();
        await bare.GotoAsync(new Uri(_address, "play").ToString());
        await Assertions.Expect(bare.Locator("#start-elsewhere")).ToHaveTextAsync(
            "This server asks for its join code: to start a game, open this page at the address regsim serve printed, which ends in ?code= and the code.",
            new() { Timeout = 30_000 });
    }

    [SkippableFact]
    public async Task TheModelPage_WithoutTheServersCode_SaysSoInWords_NotByTheHeadersName()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu"] });

        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(_address.ToString());

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(
            "The server's join code is missing from this address or wrong: open the address the teacher gives, which ends in ?code= and the code.",
            new() { Timeout = 30_000 });
    }
}
