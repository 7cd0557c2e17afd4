using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Simulation.Experiments;
using Simulation.Web;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim serve</c>: builds the classroom server with the command line's
/// configuration (REGSIM_* environment variables) and logging (stderr), prints where to point a browser, and serves
/// until Ctrl-C.
/// </summary>
public sealed class ServeService(CommandFailures failures, ConsoleStreams console, IConfiguration configuration)
{
    /// <summary>Returns the exit code once the server has stopped.</summary>
    public Task<int> ServeAsync(ServeRequest request, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        if (!Directory.Exists(request.ScenariosFolder))
        {
            throw new InputConflictException(File.Exists(request.ScenariosFolder)
                ? $"Scenarios folder '{request.ScenariosFolder}' is a file; give the folder that holds the scenario files."
                : $"Scenarios folder '{request.ScenariosFolder}' does not exist{DefaultHint(request.ScenariosFolder)}.");
        }
        // A folder without a scenario that loads would serve a page on which no game or run can start: said before class.
        var (offered, rejected) = new ScenarioCatalog(request.ScenariosFolder).Survey();
        if (offered.Count == 0)
        {
            throw new InputConflictException($"Scenarios folder '{request.ScenariosFolder}' holds no scenario that loads"
                + (rejected.Count == 0 ? " (no .json file)" : $" ({string.Join("; ", rejected.Select(r => $"{r.File}: {r.Problem}"))})")
                + $"{DefaultHint(request.ScenariosFolder)}; give the folder of the scenario files with --scenarios.");
        }
        var host = request.ListenAny ? "0.0.0.0" : "127.0.0.1";
        RefuseBusyPort(host, request.Port);
        var options = new ClassroomOptions([$"http://{host}:{request.Port}"], request.ScenariosFolder, request.JoinCode, request.DataFolder);
        await using var app = ClassroomServer.Build(options, builder =>
        {
            builder.Configuration.AddConfiguration(configuration);
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter(level => level >= LogLevel.Warning);
            builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            throw new IOException($"Could not listen on port {request.Port}: {e.Message}", e);
        }
        // A join code is asked of every request, on the loopback address too, so every address printed carries it.
        var query = request.JoinCode is { Length: > 0 } code ? $"?code={Uri.EscapeDataString(code)}" : "";
        foreach (var address in ClassroomAddresses.Hosts(request.ListenAny))
        {
            console.Out.WriteLine($"Classroom page: http://{address}:{request.Port}/{query}");
            console.Out.WriteLine($"Class game:     http://{address}:{request.Port}/play{query}");
        }
        foreach (var file in rejected)
        {
            console.Error.WriteLine($"Not offered: {file.File} does not load ({file.Problem}).");
        }
        console.Out.WriteLine($"Games are kept in {Path.Combine(request.DataFolder, Application.Games.Journal.GameJournal.FileName)} (to back them up, copy it once the server has stopped). Ctrl-C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: stop below
        }
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    });

    // The default folder is the repository's: from elsewhere (the self-contained binary run from another folder), say so.
    private static string DefaultHint(string folder) =>
        folder == ServeCommand.DefaultScenarios ? " (the default, read from the folder regsim runs in: run it from the repository's folder)" : "";

    // A port another program holds is said in one line before the web host starts, rather than after its own error log.
    private static void RefuseBusyPort(string host, int port)
    {
        var probe = new TcpListener(IPAddress.Parse(host), port);
        try
        {
            probe.Start();
        }
        catch (SocketException e)
        {
            throw new InputConflictException(e.SocketErrorCode switch
            {
                SocketError.AddressAlreadyInUse => $"port {port} is in use by another program; choose another with --port",
                SocketError.AccessDenied => $"no permission to listen on port {port} (ports below 1024 need administrator rights); choose another with --port",
                _ => $"cannot listen on port {port} ({e.Message}); choose another with --port",
            });
        }
        finally
        {
            probe.Stop();
        }
    }
}
