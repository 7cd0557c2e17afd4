using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Simulation.Application.Games;
using Simulation.Application.Games.Journal;
using Simulation.Experiments.Games;
using Simulation.Output;

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

    /// <summary>How long a page's stream waits after a change for the next ones, to send them as one state.</summary>
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMilliseconds(20);

    /// <summary>Header carrying the teacher's token.</summary>
    public const string TeacherHeader = "X-Teacher-Token";

    /// <summary>Registers the services the game endpoints use; the games database, if the server has one, is the container's
    /// <see cref="GameJournal"/> (none: games are kept in memory only).</summary>
    /// <param name="services">The server's services.</param>
    public static IServiceCollection AddGames(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // The journal, if any, is taken from the container, so that the container closes it when the server stops.
        services.AddSingleton(sp => new GameRegistry(sp.GetRequiredService<ClassroomOptions>().Games, sp.GetRequiredService<TimeProvider>(), sp.GetService<GameJournal>()));
        services.AddHostedService<RoundDeadlines>();
        services.AddSingleton<JoinAttempts>();
        return services;
    }

    /// <summary>True for requests naming a game (<c>/api/games/CODE/…</c>): its join code is the student's key, so the server's
    /// code is not asked. Whether the game exists or not, the answer is the same (404 for none), and every code that names no
    /// game is counted against the client (<see cref="JoinAttempts"/>), so codes cannot be found by trying.</summary>
    public static bool IsOpenToStudents(HttpContext context) => GameCode(context) is not null;

    // The join code a request names (/api/games/CODE/…), if any.
    private static string? GameCode(HttpContext context)
    {
        var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments.Length >= 3 && segments[0] == "api" && segments[1] == "games" ? segments[2] : null;
    }

    /// <summary>Name of the query parameter carrying a game's read-only debrief key (<see cref="ClassroomGame.DebriefKey"/>), on the
    /// debrief's and the export's links and on the teacher's page's stream.</summary>
    public const string DebriefKeyParameter = "key";

    /// <summary>The teacher's token a request presents: the header only. An address is no place for it: a browser shows it in
    /// its address bar and keeps it in its history, and a projector shows the class (see <see cref="RefuseTokenInAddress"/>).</summary>
    internal static string? PresentedTeacherToken(HttpContext context) => context.Request.Headers[TeacherHeader].FirstOrDefault();

    /// <summary>Whether the request presents <paramref name="game"/>'s read-only debrief key, as it is now, as <c>?key=</c>.</summary>
    internal static bool PresentsDebriefKey(HttpContext context, ClassroomGame game) => game.OpensDebrief(context.Request.Query[DebriefKeyParameter].FirstOrDefault());

    // The refusal of a teacher's token in a request's address (?teacher=, which earlier pages put on the debrief's and the
    // export's links): whoever photographs a projected address bar could otherwise advance rounds or delete the game.
    private static RequestProblem RefuseTokenInAddress() => RequestProblem.Invalid("teacher",
        "is never taken from an address, which a browser shows and keeps and a projector shows the class: send the teacher's token as the "
        + $"{TeacherHeader} header; the debrief and the CSV open from the teacher's page with links of their own, which only read");

    // Whether the request carries a seat token (a header, or ?seat= on a stream), the teacher's token of this game (a header)
    // or its read-only debrief key (?key=, on the debrief's and the export's links and on the teacher's page's stream).
    private static bool HoldsToken(HttpContext context, ClassroomGame game) =>
        game.SeatOf(context.Request.Headers[SeatHeader].FirstOrDefault() ?? context.Request.Query["seat"].FirstOrDefault()) is not null
        || Secrets.Matches(PresentedTeacherToken(context), game.TeacherToken) || PresentsDebriefKey(context, game);

    /// <summary>Maps the game endpoints under <c>/api/games</c>, the regimes a game may start under
    /// (<c>/api/scenarios/{name}/regimes</c>, from the scenario) and the page at <c>/play</c>.</summary>
    public static WebApplication MapGames(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (GameCode(context) is { } code)
            {
                var attempts = context.RequestServices.GetRequiredService<JoinAttempts>();
                var client = context.Connection.RemoteIpAddress;
                var game = context.RequestServices.GetRequiredService<GameRegistry>().Find(code);
                // A student with a seat, or the teacher, of this very game plays on when others behind the same address guessed.
                if (!(game is not null && HoldsToken(context, game)) && attempts.BlockedFor(client) is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await new RequestProblem(RequestProblemKind.TooBusy, "code", $"too many wrong game codes from this address; try again in {seconds} s").WriteAsync(context);
                    return;
                }
                if (game is null)
                {
                    attempts.Miss(client); // whatever token the request carries: a made-up one must not make guessing free
                }
                if (context.Request.Query.ContainsKey("teacher"))
                {
                    await RefuseTokenInAddress().WriteAsync(context);
                    return;
                }
            }
            await next(context);
        });
        app.MapGet("/api/scenarios/{name}/regimes", (string name, ScenarioCatalog catalog) =>
            catalog.TryLoad(name) is { } loaded
                ? Results.Ok(RegimeChoice.Of(loaded.Model))
                : RequestProblem.NotFound("scenario", $"there is no scenario '{name}'").ToResult());
        app.MapPost("/api/games", Start);
        app.MapGet("/api/games/{code}", (string code, HttpContext context, GameRegistry games) =>
            WithGame(games, code, game => Results.Ok(GameView.Of(game, game.SeatOf(context.Request.Headers[SeatHeader].FirstOrDefault()), games.Now))));
        app.MapGet("/api/games/{code}/events", Follow);
        app.MapPost("/api/games/{code}/seats", TakeSeat);
        app.MapPut("/api/games/{code}/seat", MoveSeat);
        app.MapPut("/api/games/{code}/decision", Decide);
        app.MapPost("/api/games/{code}/advance", (string code, HttpContext context, GameRegistry games) =>
        {
            var (time, badTime) = RoundTime(context);
            var (seen, badSeen) = SeenPhase(context);
            return (badTime ?? badSeen) is { } refused ? refused.ToResult() : AsTeacher(games, code, context, game => game.Advance(games.Now, time, seen));
        });
        app.MapDelete("/api/games/{code}/seats/{region}", (string code, string region, HttpContext context, GameRegistry games) =>
            AsTeacher(games, code, context, game => game.Release(region, context.Request.Query["name"].FirstOrDefault(), games.Now)));
        app.MapPut("/api/games/{code}/regime", async (string code, HttpContext context, GameRegistry games) =>
        {
            var (body, problem) = await ReadBody<RegimeBody>(context);
            return problem?.ToResult() ?? AsTeacher(games, code, context, game => body?.Regime is { } regime
                ? game.SwitchRegime(regime, games.Now)
                : GameRefusal.Invalid("regime", "is required"));
        });
        TeacherEndpoints.Map(app);
        return app;
    }

    // ?roundSeconds=N on advance: the round it opens closes by itself after N seconds (5 to 3600).
    private static (TimeSpan? Time, RequestProblem? Problem) RoundTime(HttpContext context)
    {
        if (context.Request.Query["roundSeconds"].FirstOrDefault() is not { Length: > 0 } text)
        {
            return (null, null);
        }
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 5 and <= 3600
            ? (TimeSpan.FromSeconds(seconds), null)
            : (null, RequestProblem.Invalid("roundSeconds", "must be a whole number of seconds from 5 to 3600"));
    }

    // ?from=PHASE&round=N on advance: the phase and round (0 before the first) the teacher's page showed when the button was
    // pressed, so that a second press (a double click, a second device) does not move the game on again. Absent: no check.
    private static (PhaseSeen? Seen, RequestProblem? Problem) SeenPhase(HttpContext context)
    {
        if (context.Request.Query["from"].FirstOrDefault() is not { Length: > 0 } text)
        {
            return context.Request.Query.ContainsKey("round") ? (null, RequestProblem.Invalid("from", "must be given with 'round': the phase the page showed")) : (null, null);
        }
        // A phase's name, exactly (in any case): not a number, nor a combination of names, which Enum.TryParse would take.
        if (Enum.GetNames<GamePhase>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is not { } name)
        {
            return (null, RequestProblem.Invalid("from", $"must be one of {string.Join(", ", Enum.GetNames<GamePhase>().Select(n => n.ToLowerInvariant()))}"));
        }
        var phase = Enum.Parse<GamePhase>(name);
        return int.TryParse(context.Request.Query["round"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var round)
            ? (new PhaseSeen(phase, round), null)
            : (null, RequestProblem.Invalid("round", "must be the round the page showed, a whole number (0 before the first), beside 'from'"));
    }

    private static async Task<IResult> Start(HttpContext context, ScenarioCatalog catalog, GameRegistry games, ILogger<GameRegistry> logger)
    {
        if (!ServerMachine.IsCaller(context.Connection))
        {
            return new RequestProblem(RequestProblemKind.Forbidden, "games", "games are started on the computer that runs regsim serve; ask the teacher for the game's code").ToResult();
        }
        var (body, problem) = await ReadBody<NewGameBody>(context);
        if ((problem ?? RequestReader.CheckSeed(body?.Seed)) is { } refused)
        {
            return refused.ToResult();
        }
        if (body?.Scenario is not { Length: > 0 } name || catalog.TryLoad(name) is not { } loaded)
        {
            return RequestProblem.Invalid("scenario", $"must name a scenario from GET /api/scenarios; got '{body?.Scenario}'").ToResult();
        }
        var scenario = loaded.Model;
        var regime = body.Regime is null ? scenario.Timeline.RegimeAt(scenario.Timeline.FirstYear) : scenario.Regimes.ToList().FindIndex(r => r.Id == body.Regime);
        if (regime < 0)
        {
            return RequestProblem.Invalid("regime", ClassroomGame.NoSuchRegime(scenario, body.Regime)).ToResult();
        }
        if (body.TeamSize is < 0 or > TeamRules.MaxStudents)
        {
            return RequestProblem.Invalid("teamSize", $"must be 1 to {TeamRules.MaxStudents} students per region, or 0 for open teams").ToResult();
        }
        var teams = new TeamRules(body.TeamSize is 0 ? null : body.TeamSize ?? TeamRules.DefaultTeamSize, body.Captains ?? false);
        if (games.TryStart(loaded, name, body.Seed ?? scenario.Seed, regime, teams) is not { } game)
        {
            return new RequestProblem(RequestProblemKind.TooBusy, "games", $"this server already holds {CountedNoun.Of(games.MaxUnfinishedGames, "unfinished game")}, as many as it may: finish one, or delete a stale one from its teacher's page (Delete this game), first").ToResult();
        }
        logger.LogInformation("Game {Code}: {Scenario}", game.Code, name);
        return Results.Created($"/api/games/{game.Code}", new { code = game.Code, teacherToken = game.TeacherToken, view = GameView.Of(game, null, games.Now) });
    }

    private static async Task<IResult> TakeSeat(string code, HttpContext context, GameRegistry games)
    {
        var (body, problem) = await ReadBody<SeatBody>(context);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        var (name, badName) = StudentName.Read(body?.Name);
        if (badName is not null)
        {
            return RequestProblem.Answer(badName);
        }
        return WithGame(games, code, game =>
        {
            var (seat, refused) = game.Take(name!, body!.Region, games.Now, body.RejoinCode);
            return seat is null ? RequestProblem.Answer(refused!) : Results.Created($"/api/games/{game.Code}", Seated(game, seat, games.Now));
        });
    }

    // A student's move out of a region that only watches, to a region that bids (one named, or the emptiest with room).
    private static async Task<IResult> MoveSeat(string code, HttpContext context, GameRegistry games)
    {
        var (body, problem) = await ReadBody<MoveBody>(context);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        return WithGame(games, code, game =>
        {
            var token = context.Request.Headers[SeatHeader].FirstOrDefault();
            if (game.SeatOf(token) is not { } seat)
            {
                return NotASeat(game.Code, token).ToResult();
            }
            var (moved, refused) = game.Move(seat, body?.Region, games.Now);
            return moved is null ? RequestProblem.Answer(refused!) : Results.Ok(Seated(game, moved, games.Now));
        });
    }

    // What a student given a seat is sent: its token, its region, whether that region only watches, and the game as they see it.
    private static object Seated(ClassroomGame game, Seat seat, DateTimeOffset now)
    {
        var (region, watches) = game.Read(g => (g.Game.Scenario.Regions[seat.Region].Id, g.Watches(seat.Region)));
        return new { token = seat.Token, region, watches, view = GameView.Of(game, seat, now) };
    }

    private static async Task<IResult> Decide(string code, HttpContext context, GameRegistry games)
    {
        var (body, problem) = await ReadBody<DecisionBody>(context);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        if (body is null || body.Bid is null)
        {
            return RequestProblem.Invalid("bid", "is required: true or false").ToResult();
        }
        if (body.Bid == true && body.Effort is not { } effort)
        {
            return RequestProblem.Invalid("effort", "is required when bidding, in ₩ billion").ToResult();
        }
        return WithGame(games, code, game =>
        {
            var token = context.Request.Headers[SeatHeader].FirstOrDefault();
            if (game.SeatOf(token) is not { } seat)
            {
                return NotASeat(game.Code, token).ToResult();
            }
            return game.Decide(seat, body.ToChoice(), games.Now, body.Round) is { } refusal
                ? RequestProblem.Answer(refusal)
                : Results.Text(GameViewJson.For(game, seat, games.Now).Json, "application/json; charset=utf-8");
        });
    }

    private static async Task Follow(string code, HttpContext context, GameRegistry games)
    {
        if (games.Find(code) is not { } game)
        {
            await RequestProblem.NotFound("code", $"there is no game '{code}'").WriteAsync(context);
            return;
        }
        var token = context.Request.Query["seat"].FirstOrDefault();
        // The server stopping ends the stream too, at once: a teacher's Ctrl-C does not wait for the class's pages, which
        // reconnect by themselves to the server started again.
        using var ended = ClassroomServer.EndedOrStopping(context);
        var aborted = ended.Token;
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            var sent = -1L;
            while (!aborted.IsCancellationRequested && !game.Deleted)
            {
                var changed = game.Changed;
                var (json, version) = GameViewJson.For(game, game.SeatOf(token), games.Now); // the teacher may free the seat
                // A change between taking `changed` and reading the view is already in this view: send each version once.
                if (version != sent)
                {
                    await ClassroomServer.SendJson(context, "state", json, aborted);
                    sent = version;
                }
                // A comment every 20 s keeps proxies and phones from dropping a quiet stream.
                while (await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(20), aborted)) != changed)
                {
                    await context.Response.Body.WriteAsync(": keep-alive\n\n"u8.ToArray(), aborted);
                    await context.Response.Body.FlushAsync(aborted);
                }
                // When a class sends its proposals at once, the changes that come within this window go out as one state,
                // so sixty pages are not each sent sixty states in a second.
                await Task.Delay(CoalesceWindow, aborted);
            }
        }
        catch (OperationCanceledException)
        {
            // the page went away
        }
    }

    internal static IResult AsTeacher(GameRegistry games, string code, HttpContext context, Func<ClassroomGame, GameRefusal?> act) =>
        WithGame(games, code, game =>
        {
            if (!Secrets.Matches(PresentedTeacherToken(context), game.TeacherToken))
            {
                return NotTheTeacher(game.Code, context).ToResult();
            }
            return act(game) is { } refusal ? RequestProblem.Answer(refusal) : Results.Ok(GameView.Of(game, null, games.Now));
        });

    /// <summary>The refusal of a seat token game <paramref name="code"/> does not hold: the teacher may have freed it, so the page
    /// should reload. A request that sent none is told so, rather than that its seat was freed.</summary>
    internal static RequestProblem NotASeat(string code, string? token) => string.IsNullOrEmpty(token)
        ? new(RequestProblemKind.Forbidden, SeatHeader, $"was not sent: a decision or a move in game {code} needs the seat token that taking a region returned")
        : RequestProblem.From(GameRefusal.NotASeat(code));

    /// <summary>The refusal of a request to game <paramref name="code"/> whose teacher's token is not the game's: none was
    /// sent (this browser did not start the game, or lost its data), or one of another game, said apart.</summary>
    internal static RequestProblem NotTheTeacher(string code, HttpContext context) => new(RequestProblemKind.Forbidden, TeacherHeader,
        (string.IsNullOrEmpty(PresentedTeacherToken(context))
            ? $"no teacher's token was sent: this browser did not start game {code} (or its data was cleared)"
            : $"is not the one of game {code}")
        + ": open the game from /play on the computer that runs regsim serve, whose list of games takes it up again as teacher");

    internal static IResult WithGame(GameRegistry games, string code, Func<ClassroomGame, IResult> act) =>
        games.Find(code) is { } game ? act(game) : RequestProblem.NotFound("code", $"there is no game '{code}'; check the code the teacher shows").ToResult();

    internal static Task<(T? Body, RequestProblem? Problem)> ReadBody<T>(HttpContext context) =>
        RequestReader.BodyAsync<T>(context, context.RequestServices.GetRequiredService<ClassroomOptions>());
}
