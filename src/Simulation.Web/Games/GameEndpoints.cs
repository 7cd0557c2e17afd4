using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Simulation.Web.Games;

/// <summary>The participatory game's API: a teacher opens a game, students take regions and decide, the teacher advances.</summary>
public static class GameEndpoints
{
    /// <summary>Registers the services the game endpoints use.</summary>
    public static IServiceCollection AddGames(this IServiceCollection services) => services;

    /// <summary>Maps the game endpoints under <c>/api/games</c> and the page at <c>/play</c>.</summary>
    public static WebApplication MapGames(this WebApplication app) => app;
}
