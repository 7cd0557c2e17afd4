using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The play page's layout in real headless Chromium: on a phone the round's heading is above the decision form, a bid
/// table shows Chance and Won without scrolling sideways, names in the tables wrap at spaces only, the standings show net gain
/// and the brief's consortium sentence takes the brief's width; on a projector the teacher's main button, and the start form's, are in sight; the
/// start form shows a regime's whole name.</summary>
public sealed class PlayLayoutPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Shown = new() { Timeout = 60_000 };

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        HeadlessChromium.SkipUnlessInstalled();
        var playwright = await Playwright.CreateAsync();
        return (playwright, await HeadlessChromium.LaunchAsync(playwright));
    }

    [SkippableFact]
    public async Task OnAPhone_TheRoundHeadingIsAboveTheDecisionForm_AndTheBidTableShowsChanceAndWon()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var play = new Uri(server.BaseAddress, "play").ToString();
        var minji = await GamePageTests.Student(browser, play, code, "Minji", "daegu"); // 390 × 844, a phone
        await Assertions.Expect(minji.Locator("#my-region")).ToHaveTextAsync("Daegu", new() { Timeout = 60_000 });

        await game.AdvanceAsync(code, teacher); // round 1 opens; Daegu is a candidate
        await Assertions.Expect(minji.Locator("#decision-form")).ToBeVisibleAsync(Shown);
        await Assertions.Expect(minji.Locator("#phase-title")).ToContainTextAsync("Round 1 of", new() { Timeout = 60_000 });
        var headingTop = await minji.Locator("#phase-title").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var formTop = await minji.Locator("#decision-form").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(headingTop < formTop, $"the round's heading (top {headingTop}) is below the decision form (top {formTop})");

        await minji.Locator("#bid").CheckAsync();
        await minji.ClickAsync("#decision-submit");
        await Assertions.Expect(minji.Locator("#decision-status")).Not.ToBeEmptyAsync(new() { Timeout = 60_000 });
        await game.AdvanceAsync(code, teacher); // judged
        var table = minji.Locator("#results table").First;
        await Assertions.Expect(table).ToBeVisibleAsync(Shown);

        await ChanceAndWonInSightAsync(minji, table, "phone");
        // The winner is marked in words, not only by its shading.
        await Assertions.Expect(table.Locator("tr.won td").Last).ToHaveTextAsync("✓ won");
    }

    // Names as a class types them: hyphenated, two words, in Hangul.
    private static readonly string[] Names = ["Seo-yeon", "Do-hyun", "Ji-woo", "Ha-eun", "Seung-min", "Hyun-woo", "Tae-yang", "Min-seo", "김민지", "Ye-jin", "Yu-jin", "Soo-ah", "Jun Park", "Hana Kim"];

    // The words of the page's tables (the earlier rounds' opened) that are broken across two lines.
    private const string BrokenWords = """
        () => {
          for (const d of document.querySelectorAll("#results details")) d.open = true;
          const broken = [];
          for (const cell of document.querySelectorAll("#results td, #results th, #standings td, #standings th")) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of node.data.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                if (lines.size > 1) broken.push(word[0]);
              }
            }
          }
          return broken;
        }
        """;

    // A class of 42 in teams of 3 (every region that bids takes three): returns a seat token of each region.
    private static async Task<Dictionary<string, string>> SeatAClassAsync(GameClient game, string code)
    {
        var seats = new Dictionary<string, string>();
        for (var i = 0; i < 42; i++)
        {
            var (token, region) = await game.TakeSeatAsync(code, $"{Names[i % Names.Length]} {(char)('A' + (i / Names.Length))}");
            seats.TryAdd(region, token);
        }
        return seats;
    }

    // Plays the first two rounds as the model, then opens the Medical Complex round.
    private static async Task OpenTheMedicalComplexAsync(GameClient game, string code, string teacher)
    {
        for (var step = 0; step < 5; step++)
        {
            await game.AdvanceAsync(code, teacher);
        }
    }

    // A bid table's Chance and Won columns end within the screen's width, and the table does not scroll sideways.
    private static Task ChanceAndWonInSightAsync(IPage page, ILocator table, string screen) =>
        ColumnsInSightAsync(page, table, "the bid table", screen, "Chance", "Won");

    // Each named column of a table ends within the screen's width, and the table does not scroll sideways.
    private static async Task ColumnsInSightAsync(IPage page, ILocator table, string what, string screen, params string[] columns)
    {
        var width = await page.EvaluateAsync<double>("window.innerWidth");
        foreach (var column in columns)
        {
            var header = table.Locator("th", new() { HasTextString = column });
            await Assertions.Expect(header).ToBeVisibleAsync();
            var right = await header.EvaluateAsync<double>("e => e.getBoundingClientRect().right");
            Assert.True(right <= width, $"{what}'s {column} column ends at {right} px, beyond the {screen}'s {width} px");
        }
        Assert.True(await table.EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"), $"{what} scrolls sideways");
    }

    // A page on a phone (390 × 844) holding a seat, as after the student joined on it.
    private static async Task<IPage> PhoneAsync(IBrowser browser, Uri play, string code, string seat)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await context.AddInitScriptAsync($"localStorage.setItem('regsim.seat.{code}', '{seat}')");
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(play, $"?game={code}").ToString());
        return page;
    }

    [SkippableFact]
    public async Task OnAPhone_TableNamesWrapAtSpacesOnly_TheStandingsShowNetGain_AndAConsortiumThatStayedOutIsExplained()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3}""");
        var seats = await SeatAClassAsync(game, code);
        await OpenTheMedicalComplexAsync(game, code, teacher);
        foreach (var region in new[] { "busan", "gyeongnam" })
        {
            var least = (await game.ViewAsync(code, seats[region])).GetProperty("me").GetProperty("brief").GetProperty("effortFloorBillionWon").GetDouble();
            await game.DecideAsync(code, seats[region], $$"""{"bid":true,"effort":{{least.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}}""");
        }
        await game.DecideAsync(code, seats["ulsan"], """{"bid":false}""");
        await game.AdvanceAsync(code, teacher); // judged: the Busan-Ulsan-Gyeongnam bid did not enter

        var ulsan = await PhoneAsync(browser, new Uri(server.BaseAddress, "play"), code, seats["ulsan"]);

        await Assertions.Expect(ulsan.Locator("#results p.why.own")).ToContainTextAsync(
            "Your consortium (Busan + Ulsan + Gyeongnam (South Gyeongsang)) did not bid: Ulsan decided not to", new() { Timeout = 60_000 });
        await Assertions.Expect(ulsan.Locator("#standings tr")).ToHaveCountAsync(17, new() { Timeout = 60_000 });
        Assert.Empty(await ulsan.EvaluateAsync<string[]>(BrokenWords));
        foreach (var table in await ulsan.Locator("#results table").AllAsync())
        {
            Assert.True(await table.EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"), "a bid table scrolls sideways");
        }
        var standings = ulsan.Locator("#standings");
        await ColumnsInSightAsync(ulsan, standings, "the standings", "phone", "Wins", "Net gain");
        // The columns left out are named, and each region's players still show.
        await Assertions.Expect(ulsan.Locator("#standings-narrow")).ToBeVisibleAsync();
        await Assertions.Expect(standings.Locator("tr", new() { HasTextString = "Ulsan" }).Locator(".stacked")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task OnAPhone_TheConsortiumSentenceOfTheBrief_TakesTheBriefsWidth()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (busan, _) = await game.TakeSeatAsync(code, "Minji", "busan");
        await OpenTheMedicalComplexAsync(game, code, teacher);

        var page = await PhoneAsync(browser, new Uri(server.BaseAddress, "play"), code, busan);

        var sentence = page.Locator("#brief").GetByText(new System.Text.RegularExpressions.Regex("joint bid enters only if every region students play in it decides to bid"));
        await Assertions.Expect(sentence).ToBeVisibleAsync(Shown);
        var sentenceWidth = await sentence.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        var briefWidth = await page.Locator("#brief").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.True(sentenceWidth >= 0.9 * briefWidth, $"the consortium's sentence is {sentenceWidth} px wide in a brief of {briefWidth} px");
    }

    [SkippableFact]
    public async Task OnAProjector_TheTeachersMainButtonIsInSight()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3}""");
        await SeatAClassAsync(game, code);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.AddInitScriptAsync($"localStorage.setItem('regsim.teacher.{code}', '{teacher}')");
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"play?game={code}").ToString());
        var advance = page.Locator("#advance");

        await Assertions.Expect(advance).ToHaveTextAsync("Open round 1: Maglev demonstration line", new() { Timeout = 60_000 });
        var lobby = await advance.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        await page.FillAsync("#round-seconds", "300");
        await advance.ClickAsync();
        await Assertions.Expect(advance).ToHaveTextAsync("Judge round 1", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#round-clock")).ToBeVisibleAsync(); // the countdown takes its line above
        var deciding = await advance.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        // A team's note follows its region's name, not its last member's.
        var watching = page.Locator("#players li", new() { HasText = "not a candidate this round" }).First;
        await Assertions.Expect(watching).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[^:]+ \(not a candidate this round\): "));
        // Round 2 (Robot Land) names ten candidates, which take more lines above the controls.
        await advance.ClickAsync();
        await Assertions.Expect(advance).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Open round 2"), new() { Timeout = 60_000 });
        await advance.ClickAsync();
        await Assertions.Expect(advance).ToHaveTextAsync("Judge round 2", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#round-clock")).ToBeVisibleAsync();
        var longList = await advance.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");

        // A projector's 720 px less a browser's tabs and address bar (about 100 px) is what the page gets.
        const double inSight = 620;
        Assert.True(lobby <= inSight, $"the button to open round 1 ends {lobby} px down the {inSight} px a 720 px screen shows");
        Assert.True(deciding <= inSight, $"the button to judge round 1 ends {deciding} px down the {inSight} px a 720 px screen shows");
        Assert.True(longList <= inSight, $"the button to judge round 2 ends {longList} px down the {inSight} px a 720 px screen shows");
    }

    [SkippableFact]
    public async Task OnAProjector_NamesWithoutSpaces_DoNotPushChanceAndWonOutOfSight()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3}""");
        foreach (var (name, region) in new[] { (new string('A', 40), "daegu"), (new string('김', 40), "daegu"), (new string('B', 39) + "x", "incheon"), ("Minji", "gwangju") })
        {
            await game.TakeSeatAsync(code, name, region);
        }
        await game.AdvanceAsync(code, teacher);
        await game.AdvanceAsync(code, teacher); // judged: the model decided for every seated candidate
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.AddInitScriptAsync($"localStorage.setItem('regsim.teacher.{code}', '{teacher}')");
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"play?game={code}").ToString());
        var table = page.Locator("#results table").First;
        await Assertions.Expect(table).ToContainTextAsync(new string('A', 10), new() { Timeout = 60_000 });

        await ChanceAndWonInSightAsync(page, table, "projector");
        Assert.Contains("Minji", await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#results .name:not(.long-name)')].map(e => e.textContent)"));
    }

    [SkippableFact]
    public async Task OnAProjector_TheStartFormsButtonIsInSight_WithEveryFieldAndExplanation()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        using var http = server.Client();
        await new GameClient(http).StartAsync(); // a game on the server: its list shows under the form, as a teacher finds it
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await page.GotoAsync(new Uri(server.BaseAddress, "play").ToString());
        var start = page.Locator("#start-game");
        await Assertions.Expect(start).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#server-games")).ToBeVisibleAsync(Shown);

        var box = await start.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= 720, $"the Start a game button spans {box.Y} to {box.Y + box.Height} px down a 720 px screen");
        Assert.Equal(0, await page.EvaluateAsync<double>("window.scrollY")); // in sight as the page opens, not after a scroll
        // Nothing the teacher needs gave way to make room: every field and explanation of the form shows.
        foreach (var id in new[] { "game-scenario", "game-regime", "game-regime-hint", "game-team-size", "game-open-teams", "game-captains", "game-team-hint" })
        {
            await Assertions.Expect(page.Locator($"#{id}")).ToBeVisibleAsync();
        }
    }

    [SkippableTheory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task TheStartForm_ShowsTheChosenRegimesWholeName(int width, int height)
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(new Uri(server.BaseAddress, "play").ToString());
        await page.Locator("#game-regime option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

        // The name fits when the select is wide enough for it on one line, or when the select wraps it onto more lines.
        var fits = await page.Locator("#game-regime").EvaluateAsync<bool>("""
            s => {
              const style = getComputedStyle(s);
              const context = document.createElement("canvas").getContext("2d");
              context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const text = s.options[s.selectedIndex].text;
              const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24; // the arrow
              const lines = Math.ceil(context.measureText(text).width / room);
              const lineHeight = parseFloat(style.fontSize) * 1.2;
              return lines <= 1 ? true : s.getBoundingClientRect().height >= lines * lineHeight;
            }
            """);
        Assert.True(fits, "the chosen regime's name is cut off in the start form");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }
}
