using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>What a hostile or broken client cannot do: guess join codes by trying, run a script the server did not send, or
/// hold a connection with a body trickled in byte by byte.</summary>
public sealed class AbuseTests : IAsyncLifetime
{
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync() => (_app, _address) = await ClassroomServerFixture.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task GuessingJoinCodes_IsAnswered429_ButSeatedStudentsPlayOn()
    {
        using var http = new HttpClient { BaseAddress = _address };
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Ana");

        for (var i = 0; i < JoinAttempts.Limit; i++)
        {
            using var miss = await http.GetAsync($"api/games/WRONG{i:D2}");
            Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        }
        using var blocked = await http.GetAsync($"api/games/{code}");

        await Problems.AssertAsync(blocked, HttpStatusCode.TooManyRequests, "code");
        Assert.True(int.Parse(blocked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        using var seated = await game.SendAsync(HttpMethod.Get, $"api/games/{code}", seat: seat);
        Assert.Equal(HttpStatusCode.OK, seated.StatusCode);
    }

    [SkippableFact]
    public async Task APageFromABlockedDevice_SaysWhyAndForHowLong_NotThatTheConnectionWasLost()
    {
        Skip.IfNot(File.Exists("/usr/bin/chromium"), "/usr/bin/chromium is absent (Debian: apt-get install -y chromium)");
        using var http = new HttpClient { BaseAddress = _address };
        var (code, _) = await new GameClient(http).StartAsync();
        for (var i = 0; i < JoinAttempts.Limit; i++)
        {
            using var miss = await http.GetAsync($"api/games/WRONG{i:D2}");
        }

        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_address, $"play?game={code}").ToString());

        await Microsoft.Playwright.Assertions.Expect(page.Locator("#connection")).ToContainTextAsync("Too many wrong game codes from this address; try again in",
            new() { Timeout = 30_000 });
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#connection")).Not.ToContainTextAsync("reconnecting");
    }

    [SkippableFact]
    public async Task TheTeachersAndASeatedStudentsPages_ReloadedAfterOthersGuessedFromTheSameAddress_PlayOn()
    {
        Skip.IfNot(File.Exists("/usr/bin/chromium"), "/usr/bin/chromium is absent (Debian: apt-get install -y chromium)");
        using var http = new HttpClient { BaseAddress = _address };
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Ana");
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox", "--disable-gpu"] });
        var pages = new List<(Microsoft.Playwright.IPage Page, string Section)>();
        foreach (var (key, token, section) in new[] { ("teacher", teacher, "#teacher"), ("seat", seat, "#student") })
        {
            var page = await (await browser.NewContextAsync()).NewPageAsync();
            await page.GotoAsync(new Uri(_address, $"play?game={code}").ToString());
            await page.EvaluateAsync($"localStorage.setItem('regsim.{key}.{code}', '{token}')");
            pages.Add((page, section));
        }
        for (var i = 0; i < JoinAttempts.Limit; i++)
        {
            using var miss = await http.GetAsync($"api/games/WRONG{i:D2}");
        }
        using var blocked = await http.GetAsync($"api/games/{code}");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode); // the address is held back for codes alone

        foreach (var (page, section) in pages)
        {
            await page.ReloadAsync();

            await Microsoft.Playwright.Assertions.Expect(page.Locator(section)).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Microsoft.Playwright.Assertions.Expect(page.Locator("#connection")).Not.ToContainTextAsync("Too many");
        }
    }

    [Fact]
    public async Task OnAServerWithAJoinCode_GuessingGameCodesWithoutIt_IsCountedToo_EvenWithAMadeUpToken()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(joinCode: "maple");
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Add("X-Join-Code", "maple"); // the teacher's
        var (code, _) = await new GameClient(http).StartAsync();
        http.DefaultRequestHeaders.Remove("X-Join-Code"); // the guesser has no server code

        for (var i = 0; i < JoinAttempts.Limit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"api/games/WRONG{i:D2}");
            if (i % 2 == 1)
            {
                request.Headers.Add(GameEndpoints.SeatHeader, "made-up");
            }
            using var miss = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode); // the same answer as without a join code: nothing to learn
        }
        using var blocked = await http.GetAsync($"api/games/{code}");

        await Problems.AssertAsync(blocked, HttpStatusCode.TooManyRequests, "code");
    }

    [Fact]
    public async Task Pages_SendAContentSecurityPolicy_ThatAllowsOnlyTheServersScripts()
    {
        using var http = new HttpClient { BaseAddress = _address };
        foreach (var page in new[] { "/", "/play" })
        {
            using var response = await http.GetAsync(page);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", policy);
            Assert.Contains("default-src 'self'", policy);
        }
    }

    [Fact]
    public async Task ABodyTrickledIn_IsCutOff_WithA408NamingTheBody_AndTheServerStillAnswers()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_address.Host, _address.Port);
        var stream = client.GetStream();
        var head = $"POST /api/games HTTP/1.1\r\nHost: {_address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var cut = false;
        var answer = new StringBuilder();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(40))
            {
                await stream.WriteAsync("{"u8.ToArray());
                await Task.Delay(1000);
                if (client.Client.Poll(0, SelectMode.SelectRead))
                {
                    cut = true; // the server answered, or closed the connection
                    var buffer = new byte[4096];
                    int read;
                    while (client.Available > 0 && (read = await stream.ReadAsync(buffer)) > 0)
                    {
                        answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
                    }
                    break;
                }
            }
        }
        catch (IOException)
        {
            cut = true;
        }

        Assert.True(cut, "a body sent at one byte a second was not cut off");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.StartsWith("HTTP/1.1 408", answer.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"field\":\"body\"", answer.ToString(), StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = _address };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/scenarios")).StatusCode);
    }
}
