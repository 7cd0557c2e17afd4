using Microsoft.AspNetCore.Builder;

namespace Simulation.Web.Tests;

/// <summary>A classroom server for the game tests, which start more games than a classroom would hold.</summary>
public sealed class GameServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    public async Task InitializeAsync() =>
        (_app, BaseAddress) = await ClassroomServerFixture.StartAsync(new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder()) { MaxGames = 100, ComparisonGames = 300 });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
