using System.Globalization;
using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The effort slider reaches both ends of the range the student's brief quotes, exactly, and sends them; the box beside
/// it takes an amount typed to a tenth of a billion, which is what is sent.</summary>
public sealed class EffortSliderPageTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task TheSlider_ReachesTheLeastAndTheMostTheRegionCanSpend()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, student, seat, floor, cap) = await OpenRoundAsync(browser, client);
        var range = await student.Locator("#brief dd").Nth(3).InnerTextAsync(); // "You can spend ₩F bn to ₩C bn"

        await student.Locator("#effort").FocusAsync();
        await student.Keyboard.PressAsync("Home");
        Assert.StartsWith(await student.Locator("#effort-value").InnerTextAsync() + " to ", range, StringComparison.Ordinal);
        await student.Keyboard.PressAsync("End");
        var most = await student.Locator("#effort-value").InnerTextAsync();
        Assert.EndsWith(" to " + most, range, StringComparison.Ordinal);
        Assert.Equal(Money(cap), most);
        await student.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(student.Locator("#decision-status")).ToHaveTextAsync($"Sent: bid with {Money(cap)}.", Wait);

        var sent = (await client.ViewAsync(code, seat)).GetProperty("me").GetProperty("proposal").GetProperty("effort").GetDouble();
        Assert.Equal(cap, sent, 9);
        Assert.True(cap - floor > 1, "the range is too narrow to test the slider's ends");
    }

    [SkippableFact]
    public async Task AnEffortTypedInTheBox_MovesTheSlider_AndIsTheProposalTheServerRecords()
    {
        HeadlessChromium.SkipUnlessInstalled();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        using var http = server.Client();
        var client = new GameClient(http);
        var (code, student, seat, floor, cap) = await OpenRoundAsync(browser, client);
        // A tenth between the slider's steps, as a student types what the brief says rivals expect.
        var amount = Math.Round(floor + ((cap - floor) * 0.37), 1) + 0.1;
        var slider = await student.Locator("#effort").GetAttributeAsync("step");
        Assert.NotEqual(0, Math.Round((amount - floor) % double.Parse(slider!, CultureInfo.InvariantCulture), 6)); // not on a step

        await student.Locator("#bid").CheckAsync();
        await student.Locator("#effort-amount").FillAsync(amount.ToString("0.0", CultureInfo.InvariantCulture));
        await Assertions.Expect(student.Locator("#effort-value")).ToHaveTextAsync(Money(amount), Wait);
        var moved = double.Parse(await student.Locator("#effort").InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(moved, amount - double.Parse(slider!, CultureInfo.InvariantCulture), amount + double.Parse(slider!, CultureInfo.InvariantCulture));
        await student.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(student.Locator("#decision-status")).ToHaveTextAsync($"Sent: bid with {Money(amount)}.", Wait);
        var sent = (await client.ViewAsync(code, seat)).GetProperty("me").GetProperty("proposal").GetProperty("effort").GetDouble();
        Assert.Equal(amount, sent, 9);

        // The slider moved to its end writes the most in the box; an amount typed beyond it is refused, quoting the range.
        await student.Locator("#effort").FocusAsync();
        await student.Keyboard.PressAsync("End");
        await Assertions.Expect(student.Locator("#effort-amount")).ToHaveValueAsync(cap.ToString("0.0", CultureInfo.InvariantCulture), new() { Timeout = 60_000 });
        await student.Locator("#effort-amount").FillAsync((cap + 10).ToString("0.0", CultureInfo.InvariantCulture));
        await student.ClickAsync("#decision-form button[type=submit]");
        await Assertions.Expect(student.Locator("#status")).ToContainTextAsync($"The effort must be between {Money(floor)} and {Money(cap)} this round", new() { Timeout = 60_000 });
    }

    // Minji takes Incheon on her page and the teacher opens the first round: her page, seat and the effort range it quotes.
    private async Task<(string Code, IPage Student, string Seat, double Floor, double Cap)> OpenRoundAsync(IBrowser browser, GameClient client)
    {
        var (code, teacher) = await client.StartAsync();
        var student = await GamePageTests.Student(browser, new Uri(server.BaseAddress, "play").ToString(), code, "Minji", "incheon");
        await Assertions.Expect(student.Locator("#my-region")).ToHaveTextAsync("Incheon", Wait);
        await client.AdvanceAsync(code, teacher);
        await Assertions.Expect(student.Locator("#decision-form")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var seat = await student.EvaluateAsync<string>($"localStorage.getItem('regsim.seat.{code}')");
        var brief = (await client.ViewAsync(code, seat)).GetProperty("me").GetProperty("brief");
        return (code, student, seat, brief.GetProperty("effortFloorBillionWon").GetDouble(), brief.GetProperty("effortCapBillionWon").GetDouble());
    }

    private static string Money(double billionWon) => "₩" + billionWon.ToString("#,0.0", CultureInfo.InvariantCulture) + " bn";
}
