using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Simulation.Tests.Shared;

namespace Simulation.Cli.Tests;

/// <summary>
/// The real <c>regsim serve</c>, killed with SIGKILL in the middle of a round and started again on the same data folder:
/// every seat and proposal acknowledged before the kill is there, the tokens still work, and the game plays to its end with
/// every decision in the export. A games database that cannot be trusted stops <c>serve</c> with its reason.
/// </summary>
public sealed class ServeKillTests : IDisposable
{
    private readonly string _data = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task KilledInTheMiddleOfARound_TheRestartedServerHasEveryAcknowledgedDecision()
    {
        var port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        string code, teacher, ana, bo, cy;
        JsonElement before;
        using (var server = await StartAsync(port))
        {
            (code, teacher) = await StartGameAsync(http);
            ana = await SeatAsync(http, code, "Ana", "daegu");
            bo = await SeatAsync(http, code, "Bo", "daegu");
            cy = await SeatAsync(http, code, "Cy", "busan");
            await SendAsync(http, HttpMethod.Post, $"api/games/{code}/advance", null, teacher: teacher);
            await SendAsync(http, HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: ana); // Busan, no Maglev candidate, has nothing to send
            await SendAsync(http, HttpMethod.Post, $"api/games/{code}/advance", null, teacher: teacher);
            await SendAsync(http, HttpMethod.Post, $"api/games/{code}/advance", null, teacher: teacher);
            before = await SendAsync(http, HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false,"teamUp":false}""", seat: bo);

            server.Kill(); // SIGKILL: no shutdown, no flush
            await server.WaitForExitAsync();
        }

        using (var server = await StartAsync(port))
        {
            try
            {
                var after = await SendAsync(http, HttpMethod.Get, $"api/games/{code}", null, seat: bo);
                Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
                Assert.Equal("deciding", after.GetProperty("phase").GetString());
                Assert.Equal(2, after.GetProperty("round").GetInt32());
                Assert.False(after.GetProperty("me").GetProperty("proposal").GetProperty("bid").GetBoolean());
                Assert.Equal(["Ana", "Bo"], after.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "daegu")
                    .GetProperty("team").EnumerateArray().Select(n => n.GetString()));

                await SendAsync(http, HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: cy);
                var view = await SendAsync(http, HttpMethod.Post, $"api/games/{code}/advance", null, teacher: teacher);
                while (view.GetProperty("phase").GetString() != "finished")
                {
                    if (view.GetProperty("phase").GetString() == "deciding")
                    {
                        await SendAsync(http, HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false}""", seat: ana);
                    }
                    view = await SendAsync(http, HttpMethod.Post, $"api/games/{code}/advance", null, teacher: teacher);
                }

                var rounds = view.GetProperty("rounds").GetArrayLength();
                // The teacher's page's link to the CSV, which carries the game's read-only key, never the teacher's token.
                var export = (await SendAsync(http, HttpMethod.Get, $"api/games/{code}/links", null, teacher: teacher, unwrap: false)).GetProperty("export").GetString()!;
                var rows = (await http.GetStringAsync(export)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
                Assert.Equal(rounds * 3, rows.Count);
                // No bid each round; in the Medical Complex's, Daegu's consortium has no team-up to choose, and those columns are empty.
                Assert.Equal(rounds, rows.Count(r => r.Contains(",Ana,", StringComparison.Ordinal)
                    && r.Contains(r.Contains(",medicalComplex,", StringComparison.Ordinal) ? ",false,,," : ",false,,false,", StringComparison.Ordinal)));
                Assert.Single(rows, r => r.StartsWith("2,", StringComparison.Ordinal) && r.Contains(",Bo,", StringComparison.Ordinal) && r.Contains(",false,,false,", StringComparison.Ordinal));
                Assert.Single(rows, r => r.Contains(",Cy,", StringComparison.Ordinal) && r.Contains(",false,,false,", StringComparison.Ordinal)); // round 2's
            }
            finally
            {
                server.Kill();
            }
        }
    }

    [Fact]
    public void ADamagedGamesDatabase_StopsServe_WithItsReason_AndIsNotChanged()
    {
        var database = Path.Combine(_data, "games.db");
        var garbage = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not a database ", 400)));
        File.WriteAllBytes(database, garbage);

        var (code, stdout, stderr) = Regsim.Run(TimeSpan.FromMinutes(1), "serve", "--data", _data, "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, code);
        Assert.Contains($"Games database '{database}' refused", stderr);
        Assert.DoesNotContain("Classroom page:", stdout);
        Assert.Equal(garbage, File.ReadAllBytes(database));
    }

    private Task<Process> StartAsync(int port) =>
        ServeProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "regsim.dll"), Regsim.Root, _data, port);

    private static async Task<(string Code, string Teacher)> StartGameAsync(HttpClient http)
    {
        var body = await SendAsync(http, HttpMethod.Post, "api/games", """{"scenario":"baseline","teamSize":2}""", unwrap: false);
        return (body.GetProperty("code").GetString()!, body.GetProperty("teacherToken").GetString()!);
    }

    private static async Task<string> SeatAsync(HttpClient http, string code, string name, string region) =>
        (await SendAsync(http, HttpMethod.Post, $"api/games/{code}/seats", $$"""{"name":"{{name}}","region":"{{region}}"}""", unwrap: false)).GetProperty("token").GetString()!;

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string? json, string? seat = null, string? teacher = null, bool unwrap = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json") };
        if (seat is not null)
        {
            request.Headers.Add("X-Seat-Token", seat);
        }
        if (teacher is not null)
        {
            request.Headers.Add("X-Teacher-Token", teacher);
        }
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        return unwrap && view.TryGetProperty("view", out var inner) ? inner : view;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
