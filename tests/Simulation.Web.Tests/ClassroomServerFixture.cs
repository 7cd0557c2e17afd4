using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Simulation.Web;

namespace Simulation.Web.Tests;

/// <summary>Starts the classroom server in-process on 127.0.0.1 and a free port, serving the repository's scenarios.</summary>
public sealed class ClassroomServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public static string ScenariosFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "scenarios");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<(WebApplication App, Uri Address)> StartAsync(ClassroomOptions? options = null, string? joinCode = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        options ??= new ClassroomOptions([address.ToString().TrimEnd('/')], ScenariosFolder(), joinCode);
        options = options with { Urls = [address.ToString().TrimEnd('/')] };
        var app = ClassroomServer.Build(options);
        await app.StartAsync();
        return (app, address);
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    public async Task InitializeAsync() => (_app, BaseAddress) = await StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
