using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>A teacher and two students play a short game in real headless Chromium, each in their own browser context
/// (as on their own devices); on a phone, a message is in sight and a long name stays within the page's width.</summary>
public sealed class GamePageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task ATeacherAndTwoStudents_PlayToTheEnd_AndAReloadKeepsTheStudentsRegion()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();

        // The teacher starts a game and reads the join code off the page.
        var teacher = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await teacher.GotoAsync(play);
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        // The regimes to start under come from the scenario, by name.
        await Assertions.Expect(teacher.Locator("#game-regime option[value=roh]")).ToHaveTextAsync("Centralized de-concentration (Roh era) (on the timeline: 2003–2007)");
        await teacher.SelectOptionAsync("#game-regime", "roh");
        await teacher.FillAsync("#game-team-size", "1");
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{6}$"), new() { Timeout = 30_000 });
        var code = await teacher.Locator("#join-code").InnerTextAsync();

        // Two students join from their own devices: one picks Incheon, one is given a region.
        var minji = await Student(browser, play, code, "Minji", "incheon");
        var jun = await Student(browser, play, code, "Jun", null);
        await Assertions.Expect(minji.Locator("#my-region")).ToHaveTextAsync("Incheon", new() { Timeout = 30_000 });
        await Assertions.Expect(jun.Locator("#my-region")).ToHaveTextAsync("Daegu", new() { Timeout = 30_000 });
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Jun: Daegu", Wait);

        // A third student takes a region by mistake; the teacher frees it and the student is asked to take one again.
        var sam = await Student(browser, play, code, "Sam", "gwangju");
        await Assertions.Expect(sam.Locator("#my-region")).ToHaveTextAsync("Gwangju", new() { Timeout = 30_000 });
        // A tap on Free asks first: dismissed, nothing happens; accepted, the seat is freed.
        var asked = new List<string>();
        var accept = false;
        teacher.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
        };
        var free = teacher.GetByRole(AriaRole.Button, new() { Name = "Free Gwangju (Sam): the model plays it again" });
        await free.ClickAsync();
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Sam", Wait);
        accept = true;
        await free.ClickAsync();
        Assert.Equal(2, asked.Count);
        Assert.StartsWith("Free Gwangju from Sam?", asked[0], StringComparison.Ordinal);
        await Assertions.Expect(sam.Locator("#seat-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(sam.Locator("#status")).ToContainTextAsync("take one again", Wait);
        await Assertions.Expect(teacher.Locator("#players")).Not.ToContainTextAsync("Sam", Wait);

        // No year has run before round 1: no region has received anything yet, which the standings show as a dash, not 0.
        await Assertions.Expect(teacher.Locator("#standings tr").Nth(1).Locator("td").Last).ToHaveTextAsync("–", new() { Timeout = 60_000 });

        // Round 1: Minji bids with a chosen effort; Jun sends nothing, so the model decides for Daegu.
        await teacher.ClickAsync("#advance");
        await Assertions.Expect(minji.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await minji.Locator("#effort").FillAsync("30");
        await minji.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(minji.Locator("#decision-status")).ToContainTextAsync("Sent: bid with ₩30", Wait);
        await Assertions.Expect(teacher.Locator("#decided")).ToContainTextAsync("1 of 2 candidates decided.", Wait);
        // Nothing judged yet: the standings list the regions unranked, with what each has received in the years run so far.
        await Assertions.Expect(teacher.Locator("#standings tr").Nth(1).Locator("td").First).ToHaveTextAsync("–");
        await Assertions.Expect(teacher.Locator("#standings tr").Nth(1).Locator("td").Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-9][0-9,]*$"));
        await minji.ScreenshotAsync(new() { Path = "/tmp/game-decide.png" });
        await teacher.ScreenshotAsync(new() { Path = "/tmp/game-teacher-deciding.png" });

        // Minji's phone reloads: she is still Incheon, with her decision kept.
        await minji.ReloadAsync();
        await Assertions.Expect(minji.Locator("#my-region")).ToHaveTextAsync("Incheon", new() { Timeout = 30_000 });
        await Assertions.Expect(minji.Locator("#decision-status")).ToContainTextAsync("Sent: bid with ₩30", Wait);

        await teacher.ClickAsync("#advance"); // judge round 1
        await Assertions.Expect(jun.Locator("#results")).ToContainTextAsync("Incheon (Minji)", Wait);
        await Assertions.Expect(jun.Locator("#results")).ToContainTextAsync("the model decided for them", Wait);
        // The bid the model made for Jun's Daegu is not shown as Jun's.
        await Assertions.Expect(teacher.Locator("#results")).ToContainTextAsync("Daegu (Jun; the model decided)", Wait);
        await Assertions.Expect(minji.Locator("#results .why").First).ToContainTextAsync("won", Wait);
        // The terms a class may not know are explained where they appear, and the standings say how they are ranked.
        await Assertions.Expect(teacher.Locator("#results .hint").First).ToContainTextAsync("Criteria score: how well the region fits the project's criteria", Wait);
        // A phone leaves the criteria score's column out, and its explanation with it.
        await Assertions.Expect(minji.Locator("#results .hint").First).ToContainTextAsync("Chance: the bid's chance of winning", Wait);
        Assert.DoesNotContain("Criteria score", await minji.Locator("#results .hint").First.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(minji.Locator("#standings-order")).ToContainTextAsync("Ranked by projects won, then by net gain.");
        await Assertions.Expect(minji.Locator("#standings th").Last).ToHaveTextAsync("Resources per person (₩ thousand)");
        await Assertions.Expect(minji.Locator("#standings tr").Nth(1).Locator("td").First).ToHaveTextAsync("1", new() { Timeout = 60_000 });
        await teacher.ScreenshotAsync(new() { Path = "/tmp/game-teacher-judged.png" });
        await teacher.ReloadAsync(); // the teacher's page comes back as the teacher's
        await Assertions.Expect(teacher.Locator("#advance")).ToHaveTextAsync("Open round 2: Korea Robot Land", new() { Timeout = 30_000 });

        // The teacher switches to the Lee regime and plays the remaining rounds; Jun declines to bid in round 2.
        await teacher.Locator("#regime-options input[value=lee]").CheckAsync();
        await teacher.ClickAsync("#advance"); // open round 2
        await Assertions.Expect(jun.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await jun.Locator("#bid").UncheckAsync();
        await jun.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(jun.Locator("#decision-status")).ToContainTextAsync("no bid", Wait);
        for (var click = 0; click < 4; click++)
        {
            var label = await teacher.Locator("#advance").InnerTextAsync();
            await teacher.ClickAsync("#advance");
            await Assertions.Expect(teacher.Locator("#advance")).Not.ToHaveTextAsync(label, new() { Timeout = 60_000 });
        }

        await Assertions.Expect(teacher.Locator("#phase-title")).ToHaveTextAsync("Game over", new() { Timeout = 60_000 });
        await Assertions.Expect(teacher.Locator("#phase-text")).ToContainTextAsync("the model has played the scenario's remaining years");
        await Assertions.Expect(teacher.Locator("#regime-switch")).ToBeHiddenAsync(); // nothing left to steer
        await Assertions.Expect(teacher.Locator("#timer-controls")).ToBeHiddenAsync();
        // The last round's table stays on the projector, still saying whose bids the model made (nobody decided in round 3).
        await Assertions.Expect(teacher.Locator("#results")).ToContainTextAsync("the model decided for them in the last round", Wait);
        await Assertions.Expect(minji.Locator("#comparison")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("did (better|worse) than"), Wait);
        await Assertions.Expect(jun.Locator("#comparison")).ToContainTextAsync("Daegu: the class won", Wait);
        // Each student reads their own region's verdict first (Incheon comes after Daegu in scenario order), marked as theirs.
        await Assertions.Expect(minji.Locator("#comparison p.why").First).ToContainTextAsync("Incheon: the class won", Wait);
        await Assertions.Expect(minji.Locator("#comparison p.why.own")).ToHaveCountAsync(1);
        // Far down a phone's page, the comparison is one tap away from where the student decided.
        await minji.Locator("#decision-status a[href='#comparison']").ClickAsync();
        await Assertions.Expect(minji.Locator("#comparison p.why.own")).ToBeInViewportAsync();
        await Assertions.Expect(teacher.Locator("#comparison p.why.own")).ToHaveCountAsync(0);
        await Assertions.Expect(teacher.Locator("#comparison svg path")).ToHaveCountAsync(3); // two players' diamonds and the legend's
        Assert.Equal(16, await teacher.Locator("#standings tr").CountAsync() - 1);
        await teacher.ScreenshotAsync(new() { Path = "/tmp/game-teacher.png", FullPage = true });
        await teacher.Locator("#comparison").ScreenshotAsync(new() { Path = "/tmp/game-comparison.png" });
        await minji.ScreenshotAsync(new() { Path = "/tmp/game-student.png", FullPage = true });

        // A student who arrives after the end is not offered a region: the page says the game is over and shows its results.
        var late = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await late.GotoAsync(play);
        await late.FillAsync("#join-code-input", code);
        await late.ClickAsync("#join-form button[type=submit]");
        await Assertions.Expect(late.Locator("#status")).ToContainTextAsync("This game is over", Wait);
        await Assertions.Expect(late.Locator("#seat-form")).ToBeHiddenAsync();
        await Assertions.Expect(late.Locator("#standings")).ToContainTextAsync("Incheon", Wait);
    }

    [SkippableFact]
    public async Task TheTeachersCount_WaitsOnlyForTheRoundsCandidates_AndSaysWhoWatches()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();
        var teacher = await (await browser.NewContextAsync()).NewPageAsync();
        await teacher.GotoAsync(play);
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await teacher.FillAsync("#game-team-size", "1");
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{6}$"), new() { Timeout = 30_000 });
        var code = await teacher.Locator("#join-code").InnerTextAsync();

        // Jeju bid for none of the three projects: its student watches round 1 (the Maglev line) while Incheon's decides.
        var minji = await Student(browser, play, code, "Minji", "incheon");
        var hana = await Student(browser, play, code, "Hana", "jeju");
        await Assertions.Expect(teacher.Locator("#players")).ToContainTextAsync("Hana: Jeju", Wait);
        await teacher.DblClickAsync("#advance"); // a double click opens the round, and does not judge it too

        await Assertions.Expect(teacher.Locator("#decided")).ToHaveTextAsync("0 of 1 candidate decided. 1 seated region is not a candidate this round.", new() { Timeout = 60_000 });
        await Assertions.Expect(teacher.Locator("#players li", new() { HasText = "Hana" })).ToContainTextAsync("not a candidate this round", Wait);
        await Assertions.Expect(teacher.Locator("#players li.waiting")).ToHaveCountAsync(1);
        await Assertions.Expect(minji.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await minji.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#decided")).ToHaveTextAsync("1 of 1 candidate decided. 1 seated region is not a candidate this round.", new() { Timeout = 60_000 });
        await Assertions.Expect(teacher.Locator("#players li.waiting")).ToHaveCountAsync(0);
        await Assertions.Expect(hana.Locator("#decision-form")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task OnAPhone_AMessageIsInSight_AndALongNameDoesNotWidenThePage()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();
        using var http = server.Client();
        var (code, _) = await new GameClient(http).StartAsync();

        var wrong = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await wrong.GotoAsync(play);
        await wrong.FillAsync("#join-code-input", "zzzzzz");
        await wrong.ClickAsync("#join-form button[type=submit]");
        await Assertions.Expect(wrong.Locator("#status")).ToContainTextAsync("There is no game with the code", Wait);
        await Assertions.Expect(wrong.Locator("#status")).ToBeInViewportAsync(new() { Ratio = 1 });

        var longName = await Student(browser, play, code, new string('M', 40), "daegu");
        await Assertions.Expect(longName.Locator("#my-region")).ToHaveTextAsync("Daegu", new() { Timeout = 30_000 });
        Assert.True(await longName.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }

    [SkippableFact]
    public async Task AStudentsMessage_OutlivesOtherPlayersMoves_AndANewRoundClearsIt()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var play = new Uri(server.BaseAddress, "play").ToString();
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();
        await client.TakeSeatAsync(code, "Minji", "incheon");

        // A second Minji is refused and told why; the class joining after her must not wipe that message off her page.
        var second = await Student(browser, play, code, "Minji", "busan");
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("add an initial", Wait);
        // In a student's words: no JSON field before the server's sentence.
        await Assertions.Expect(second.Locator("#status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Someone called Minji already plays for Incheon"));
        await client.TakeSeatAsync(code, "Jun", "daegu");
        await client.TakeSeatAsync(code, "Hana", "jeju");
        // The page has seen both joins: their regions are no longer offered.
        await Assertions.Expect(second.Locator("#region-choice option[value=daegu]")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Assertions.Expect(second.Locator("#region-choice option[value=jeju]")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("add an initial");

        await client.AdvanceAsync(code, teacher); // round 1 opens
        await Assertions.Expect(second.Locator("#status")).ToHaveTextAsync("", new() { Timeout = 60_000 });
    }

    [SkippableFact]
    public async Task TheSeatForm_OffersTheBiddingRegionWithTheFewestStudents_UntilTheStudentPicksOne()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, _) = await client.StartWithAsync("""{"scenario":"baseline","teamSize":3}""");
        await client.TakeSeatAsync(code, "Minji", "seoul"); // the first region in the list
        await client.TakeSeatAsync(code, "Jun", "seoul");

        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "play").ToString());
        await page.FillAsync("#join-code-input", code.ToLowerInvariant());
        await page.ClickAsync("#join-form button[type=submit]");
        await page.Locator("#seat-form").WaitForAsync(new() { Timeout = 30_000 });

        // Seoul is still offered (2 of 3) but not chosen: the first region with nobody in it is.
        await Assertions.Expect(page.Locator("#region-choice option[value=seoul]")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#region-choice")).ToHaveValueAsync("busan", new() { Timeout = 60_000 });
        // A region the student picks stays picked while others join.
        await page.SelectOptionAsync("#region-choice", "seoul");
        await client.TakeSeatAsync(code, "Hana", "busan");
        await Assertions.Expect(page.Locator("#region-choice option[value=busan]")).ToContainTextAsync("Hana", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#region-choice")).ToHaveValueAsync("seoul");
    }

    [SkippableFact]
    public async Task TheDebrief_OnAPhone_ScrollsItsTablesWithinThemselves_NotThePage()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is absent (Debian: apt-get install -y chromium)");
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, teacher) = await client.StartAsync();
        await client.TakeSeatAsync(code, "A student with a rather long name indeed", "daegu");
        while ((await client.AdvanceAsync(code, teacher)).GetProperty("phase").GetString() != "finished")
        {
        }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Launch(playwright);
        var phone = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();

        await phone.GotoAsync(new Uri(server.BaseAddress, (await client.LinksAsync(code, teacher)).Debrief).ToString());

        await Assertions.Expect(phone.Locator("h2").First).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the debrief scrolls sideways on a phone");
        // Every table, the teams', the rounds' and each round's bids, scrolls within its own box.
        Assert.True(await phone.Locator("table").CountAsync() >= 3);
        Assert.Equal(await phone.Locator("table").CountAsync(), await phone.Locator("div.scroll table").CountAsync());
    }

    internal static async Task<IBrowser> Launch(IPlaywright playwright) => await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Chromium,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });

    /// <summary>The teacher's page, on a laptop's screen, with a game of the baseline started for one student per region;
    /// returns the page and the game's code.</summary>
    internal static async Task<(IPage Teacher, string Code)> TeacherWithASoloGame(IBrowser browser, string play)
    {
        var teacher = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await teacher.GotoAsync(play);
        await teacher.Locator("#game-scenario option[value=baseline]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await teacher.FillAsync("#game-team-size", "1");
        await teacher.ClickAsync("#new-game-form button[type=submit]");
        await Assertions.Expect(teacher.Locator("#join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{6}$"), new() { Timeout = 30_000 });
        return (teacher, await teacher.Locator("#join-code").InnerTextAsync());
    }

    internal static async Task<IPage> Student(IBrowser browser, string play, string code, string name, string? region)
    {
        var page = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await page.GotoAsync(play);
        await page.FillAsync("#join-code-input", code.ToLowerInvariant());
        await page.ClickAsync("#join-form button[type=submit]");
        await page.Locator("#seat-form").WaitForAsync(new() { Timeout = 30_000 });
        await page.FillAsync("#player-name", name);
        if (region is null)
        {
            await page.ClickAsync("#any-region");
        }
        else
        {
            await page.Locator($"#region-choice option[value={region}]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            await page.SelectOptionAsync("#region-choice", region);
            await page.ClickAsync("#seat-form button[type=submit]");
        }
        return page;
    }
}
