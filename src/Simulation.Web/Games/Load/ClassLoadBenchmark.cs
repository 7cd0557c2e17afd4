using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Simulation.Application.Games;

namespace Simulation.Web.Games.Load;

/// <summary>
/// <c>regsim bench class</c>: starts a classroom server on a free loopback port with a games database in a temporary folder
/// (so every event is written to disk as in class), plays a <see cref="SimulatedClass"/> against it and stops it.
/// </summary>
public static class ClassLoadBenchmark
{
    /// <summary>Returns the class's measurements; the server and its folder are gone when this returns.</summary>
    public static async Task<ClassLoadReport> RunAsync(string scenariosFolder, int students, int teams, int rounds, CancellationToken cancellationToken)
    {
        // Said before a server starts, in the option's words: the class plays the baseline from this folder.
        if (!File.Exists(Path.Combine(scenariosFolder, "baseline.json")))
        {
            throw new InvalidDataException(Directory.Exists(scenariosFolder)
                ? $"--scenarios '{scenariosFolder}' holds no baseline.json, which the simulated class plays."
                : File.Exists(scenariosFolder)
                    ? $"--scenarios '{scenariosFolder}' is a file: give the folder that holds baseline.json (scenarios/ in the repository)."
                    : $"--scenarios '{scenariosFolder}' does not exist: give the folder that holds baseline.json (scenarios/ in the repository).");
        }
        var data = Directory.CreateTempSubdirectory("regsim-class-").FullName;
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        try
        {
            var options = new ClassroomOptions([address], scenariosFolder, DataFolder: data) { ComparisonGames = 100 };
            await using var app = ClassroomServer.Build(options, builder => builder.Logging.ClearProviders());
            await app.StartAsync(cancellationToken);
            using var http = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromMinutes(5) };
            var report = await new SimulatedClass(http, students, teams).PlayAsync(rounds, cancellationToken);
            await app.StopAsync(CancellationToken.None);
            return report;
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
