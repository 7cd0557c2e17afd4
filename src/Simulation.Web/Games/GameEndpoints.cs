using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Simulation.Web.Games;

/// <summary>
/// The participatory game's API. The teacher opens a game (behind the server's join code, if any) and gets a join code and
/// a teacher token; students join with the game's code alone, take a region and get a seat token; decisions need the seat
/// token, advancing and switching the regime need the teacher token. Every page follows the game as server-sent events.
/// </summary>
public static class GameEndpoints
{
    /// <summary>Header carrying a student's seat token.</summary>
    public const string SeatHeader = "X-Seat-Token";

    /// <summary>Header carrying the teacher's token.</summary>
    public const string TeacherHeader = "X-Teacher-Token";

    /// <summary>Registers the services the game endpoints use.</summary>
    public static IServiceCollection AddGames(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GameRegistry>();
        return services;
    }

    /// <summary>True for requests to an existing game: its join code is the student's key, so the server's code is not asked.</summary>
    public static bool IsOpenToStudents(HttpContext context)
    {
        var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments.Length >= 3 && segments[0] == "api" && segments[1] == "games"
            && context.RequestServices.GetRequiredService<GameRegistry>().Find(segments[2]) is not null;
    }

    /// <summary>Maps the game endpoints under <c>/api/games</c>, the regimes a game may start under
    /// (<c>/api/scenarios/{name}/regimes</c>, from the scenario) and the page at <c>/play</c>.</summary>
    public static WebApplication MapGames(this WebApplication app)
    {
        app.MapGet("/api/scenarios/{name}/regimes", (string name, ScenarioCatalog catalog) =>
            catalog.TryLoad(name) is { } loaded
                ? Results.Ok(loaded.Model.Regimes.Select(r => new RegimeChoice(r.Id, r.Name)).ToList())
                : Results.NotFound(new RequestProblem("scenario", $"there is no scenario '{name}'")));
        app.MapPost("/api/games", Start);
        app.MapGet("/api/games/{code}", (string code, HttpContext context, GameRegistry games) =>
            WithGame(games, code, game => Results.Ok(GameView.Of(game, game.SeatOf(context.Request.Headers[SeatHeader].FirstOrDefault())))));
        app.MapGet("/api/games/{code}/events", Follow);
        app.MapPost("/api/games/{code}/seats", TakeSeat);
        app.MapPut("/api/games/{code}/decision", Decide);
        app.MapPost("/api/games/{code}/advance", (string code, HttpContext context, GameRegistry games) =>
            AsTeacher(games, code, context, game => game.Advance(games.Now)));
        app.MapDelete("/api/games/{code}/seats/{region}", (string code, string region, HttpContext context, GameRegistry games) =>
            AsTeacher(games, code, context, game => game.Release(region, games.Now)));
        app.MapPut("/api/games/{code}/regime", async (string code, HttpContext context, GameRegistry games) =>
        {
            var (body, problem) = await ReadBody<RegimeBody>(context);
            return problem ?? AsTeacher(games, code, context, game => body?.Regime is { } regime
                ? game.SwitchRegime(regime, games.Now)
                : new RequestProblem("regime", "is required"));
        });
        return app;
    }

    private static async Task<IResult> Start(HttpContext context, ScenarioCatalog catalog, GameRegistry games, ILogger<GameRegistry> logger)
    {
        var (body, problem) = await ReadBody<NewGameBody>(context);
        if (problem is not null)
        {
            return problem;
        }
        if (body?.Scenario is not { Length: > 0 } name || catalog.TryLoad(name) is not { } loaded)
        {
            return Results.BadRequest(new RequestProblem("scenario", $"must name a scenario from GET /api/scenarios; got '{body?.Scenario}'"));
        }
        var scenario = loaded.Model;
        var regime = body.Regime is null ? scenario.Timeline.RegimeAt(scenario.Timeline.FirstYear) : scenario.Regimes.ToList().FindIndex(r => r.Id == body.Regime);
        if (regime < 0)
        {
            return Results.BadRequest(new RequestProblem("regime", $"must be one of {string.Join(", ", scenario.Regimes.Select(r => r.Id))}"));
        }
        if (games.TryStart(name, scenario, body.Seed ?? scenario.Seed, regime) is not { } game)
        {
            return Results.Json(new RequestProblem("games", "this server already holds as many games as it may; finish one first"), statusCode: StatusCodes.Status429TooManyRequests);
        }
        logger.LogInformation("Game {Code}: {Scenario}", game.Code, name);
        return Results.Created($"/api/games/{game.Code}", new { code = game.Code, teacherToken = game.TeacherToken, view = GameView.Of(game, null) });
    }

    private static async Task<IResult> TakeSeat(string code, HttpContext context, GameRegistry games)
    {
        var (body, problem) = await ReadBody<SeatBody>(context);
        if (problem is not null)
        {
            return problem;
        }
        var name = body?.Name?.Trim();
        if (name is not { Length: > 0 and <= 40 })
        {
            return Results.BadRequest(new RequestProblem("name", "is required, 1 to 40 characters"));
        }
        return WithGame(games, code, game =>
        {
            if (body!.Region is { } wanted && !game.Read(g => g.Game.Scenario.Regions.Any(r => r.Id == wanted)))
            {
                return Results.BadRequest(new RequestProblem("region", $"there is no region '{wanted}' in {game.ScenarioName}"));
            }
            var (seat, refused) = game.Take(name, body!.Region, games.Now);
            return seat is null
                ? Results.Conflict(refused)
                : Results.Created($"/api/games/{game.Code}", new { token = seat.Token, region = game.Read(g => g.Game.Scenario.Regions[seat.Region].Id), view = GameView.Of(game, seat) });
        });
    }

    private static async Task<IResult> Decide(string code, HttpContext context, GameRegistry games)
    {
        var (body, problem) = await ReadBody<DecisionBody>(context);
        if (problem is not null)
        {
            return problem;
        }
        if (body is null || body.Bid is null)
        {
            return Results.BadRequest(new RequestProblem("bid", "is required: true or false"));
        }
        if (body.Bid == true && body.Effort is not { } effort)
        {
            return Results.BadRequest(new RequestProblem("effort", "is required when bidding, in ₩ billion"));
        }
        return WithGame(games, code, game =>
        {
            if (game.SeatOf(context.Request.Headers[SeatHeader].FirstOrDefault()) is not { } seat)
            {
                return Results.Json(new RequestProblem(SeatHeader, $"does not hold a seat in game {game.Code}"), statusCode: StatusCodes.Status403Forbidden);
            }
            return game.Decide(seat, body.ToChoice(), games.Now) switch
            {
                null => Results.Ok(GameView.Of(game, seat)),
                { Field: "round" } closed => Results.Conflict(closed),
                var refused => Results.BadRequest(refused),
            };
        });
    }

    private static async Task Follow(string code, HttpContext context, GameRegistry games)
    {
        if (games.Find(code) is not { } game)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new RequestProblem("code", $"there is no game '{code}'"));
            return;
        }
        var token = context.Request.Query["seat"].FirstOrDefault();
        var aborted = context.RequestAborted;
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                var changed = game.Changed;
                await ClassroomServer.Send(context, "state", GameView.Of(game, game.SeatOf(token)), aborted); // the teacher may free the seat
                // A comment every 20 s keeps proxies and phones from dropping a quiet stream.
                while (await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(20), aborted)) != changed)
                {
                    await context.Response.Body.WriteAsync(": keep-alive\n\n"u8.ToArray(), aborted);
                    await context.Response.Body.FlushAsync(aborted);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the page went away
        }
    }

    private static IResult AsTeacher(GameRegistry games, string code, HttpContext context, Func<ClassroomGame, RequestProblem?> act) =>
        WithGame(games, code, game =>
        {
            if (!Secrets.Matches(context.Request.Headers[TeacherHeader].FirstOrDefault(), game.TeacherToken))
            {
                return Results.Json(new RequestProblem(TeacherHeader, $"is not the teacher's token of game {game.Code}"), statusCode: StatusCodes.Status403Forbidden);
            }
            return act(game) switch
            {
                null => Results.Ok(GameView.Of(game, null)),
                { Field: "phase" } over => Results.Conflict(over),
                var refused => Results.BadRequest(refused),
            };
        });

    private static IResult WithGame(GameRegistry games, string code, Func<ClassroomGame, IResult> act) =>
        games.Find(code) is { } game ? act(game) : Results.NotFound(new RequestProblem("code", $"there is no game '{code}'; check the code the teacher shows"));

    private static Task<(T? Body, IResult? Problem)> ReadBody<T>(HttpContext context) =>
        RequestReader.BodyAsync<T>(context, context.RequestServices.GetRequiredService<ClassroomOptions>());
}
