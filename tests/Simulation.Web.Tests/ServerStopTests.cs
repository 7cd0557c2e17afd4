using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Simulation.Tests.Shared;

namespace Simulation.Web.Tests;

/// <summary>
/// The real <c>regsim serve</c> stopped as a teacher stops it, with the class's pages still following the game: the event
/// streams end at once and the server exits, rather than holding the stop until the pages close (which they never do by
/// themselves; the host would give up on them only after its shutdown timeout).
/// </summary>
public sealed class ServerStopTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("regsim-stop-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [SkippableFact]
    public async Task StoppingTheServer_EndsThePagesEventStreams_AndExitsWithoutWaitingForThem()
    {
        var root = Path.GetDirectoryName(ClassroomServerFixture.ScenariosFolder())!;
        var regsim = KilledServerPageTests.Regsim();
        Skip.IfNot(File.Exists(regsim), $"{regsim} is not built (dotnet build Simulation.sln)");
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends SIGTERM with kill(1)");
        var port = ClassroomServerFixture.FreePort();
        var server = await ServeProcess.StartAsync(regsim, root, _data, port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout.InfiniteTimeSpan };
            using var created = await http.PostAsJsonAsync("api/games", new { scenario = "baseline" });
            var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
            var pages = new List<Stream>();
            for (var i = 0; i < 3; i++)
            {
                var response = await http.GetAsync($"api/games/{code}/events", HttpCompletionOption.ResponseHeadersRead);
                pages.Add(await response.Content.ReadAsStreamAsync());
            }

            using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            // Generous bounds for a loaded machine; a server waiting for its pages takes its whole shutdown timeout (25 s).
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            foreach (var page in pages)
            {
                await page.CopyToAsync(Stream.Null, wait.Token); // ends when the server closes the stream
            }
            await server.WaitForExitAsync(wait.Token);

            // Stopped, not failed: 0 once the host has shut down, or the signal's own code (128 + 15) when the runtime
            // ends the process on SIGTERM after the host's handlers ran, as it does on some runs.
            Assert.Contains(server.ExitCode, new[] { 0, 143 });
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
            await server.WaitForExitAsync();
        }
    }
}
