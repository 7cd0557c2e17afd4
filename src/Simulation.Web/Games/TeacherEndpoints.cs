using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Simulation.Application.Games;
using Simulation.Application.Games.Journal;

namespace Simulation.Web.Games;

/// <summary>
/// What only the teacher may do beyond running rounds: set the open round's deadline, change the team size, name a team's captain,
/// let a student in again on another device (<c>POST /api/games/{code}/rejoin</c>, <see cref="ClassroomGame.AllowRejoin"/>), take the
/// class's decisions home (CSV and a printable debrief page) and delete a game. The teacher's token comes as the
/// <c>X-Teacher-Token</c> header, never in an address. The CSV and the debrief also open with the game's read-only key
/// (<c>?key=</c>, <see cref="ClassroomGame.DebriefKey"/>), which their links carry (<c>GET /api/games/{code}/links</c>, for the
/// teacher): a browser following a link cannot send a header, and an address shows in the address bar, on the projector too.
/// The teacher replaces the key when a link went to the wrong people (<c>POST /api/games/{code}/key</c>, answered with the new
/// links): the old links are then refused, saying that their key was replaced.
/// The computer running the server, which alone starts games, may also list every game with its token (<c>GET /api/games</c>);
/// any page may ask whether it is on that computer (<see cref="ServerMachine.Path"/>).
/// </summary>
public static class TeacherEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/games/{code}</c>.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet(ServerMachine.Path, (HttpContext context) => Results.Ok(new { runsTheServer = ServerMachine.IsCaller(context.Connection), instance = ServerMachine.Instance }));
        app.MapGet("/api/games", (HttpContext context, GameRegistry games) =>
            ServerMachine.IsCaller(context.Connection)
                ? Results.Ok(games.All.Select(GameSummary.Of).ToList())
                : new RequestProblem(RequestProblemKind.Forbidden, "games", "only the computer that runs regsim serve lists its games").ToResult());
        app.MapPut("/api/games/{code}/deadline", async (string code, HttpContext context, GameRegistry games) =>
        {
            var (body, problem) = await GameEndpoints.ReadBody<DeadlineBody>(context);
            if (problem is not null)
            {
                return problem.ToResult();
            }
            var (time, refused) = (body ?? new DeadlineBody(default)).Read(); // no body at all: no seconds, refused as {} is
            if (refused is not null)
            {
                return refused.ToResult();
            }
            return GameEndpoints.AsTeacher(games, code, context, game => game.SetDeadline(time, games.Now));
        });
        app.MapPut("/api/games/{code}/teams", async (string code, HttpContext context, GameRegistry games) =>
        {
            var (body, problem) = await GameEndpoints.ReadBody<TeamSizeBody>(context);
            if (problem is not null)
            {
                return problem.ToResult();
            }
            if (body?.TeamSize is not (>= 0 and <= TeamRules.MaxStudents))
            {
                return RequestProblem.Invalid("teamSize", $"must be 1 to {TeamRules.MaxStudents} students per region, or 0 for open teams").ToResult();
            }
            return GameEndpoints.AsTeacher(games, code, context, game => game.ResizeTeams(body.TeamSize is 0 ? null : body.TeamSize, games.Now));
        });
        app.MapPut("/api/games/{code}/captain", async (string code, HttpContext context, GameRegistry games) =>
        {
            var (body, problem) = await GameEndpoints.ReadBody<CaptainBody>(context);
            if (problem is not null)
            {
                return problem.ToResult();
            }
            if (body?.Region is not { } region || body.Name is not { } name)
            {
                return RequestProblem.Invalid(body?.Region is null ? "region" : "name", "is required").ToResult();
            }
            return GameEndpoints.AsTeacher(games, code, context, game => game.ChooseCaptain(region, name, games.Now));
        });
        app.MapPost("/api/games/{code}/rejoin", async (string code, HttpContext context, GameRegistry games) =>
        {
            var (body, problem) = await GameEndpoints.ReadBody<RejoinBody>(context);
            if (problem is not null)
            {
                return problem.ToResult();
            }
            if (body?.Name is not { } typed || StudentName.Normalize(typed.Trim()) is not { Length: > 0 } name)
            {
                return RequestProblem.Invalid("name", "is required: the student's name as your page lists it").ToResult();
            }
            return Teacher(games, code, context, game =>
            {
                var (seat, until, rejoinCode, refused) = game.AllowRejoin(name, games.Now);
                return seat is null
                    ? RequestProblem.Answer(refused!)
                    : Results.Ok(new { name = seat.Name, region = game.Read(g => g.Game.Scenario.Regions[seat.Region].Id), until, code = rejoinCode });
            });
        });
        app.MapDelete("/api/games/{code}", (string code, HttpContext context, GameRegistry games) =>
            Teacher(games, code, context, game =>
            {
                games.Delete(game);
                return Results.NoContent();
            }));
        app.MapGet("/api/games/{code}/links", (string code, HttpContext context, GameRegistry games) =>
            Teacher(games, code, context, game => Links(game, game.DebriefKey)));
        app.MapPost("/api/games/{code}/key", (string code, HttpContext context, GameRegistry games) =>
            Teacher(games, code, context, game => Links(game, game.ReplaceDebriefKey(games.Now))));
        app.MapGet("/api/games/{code}/export.csv", (string code, HttpContext context, GameRegistry games) =>
            Reader(games, code, context, game => Results.Bytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(GameExport.Csv(game))],
                "text/csv; charset=utf-8")));
        app.MapGet("/api/games/{code}/debrief", (string code, HttpContext context, GameRegistry games) =>
            Reader(games, code, context, game =>
            {
                // Self-contained: inline style and SVG only, so it prints or mails as one file.
                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                context.Response.Headers.ContentDisposition = $"inline; filename=\"debrief-{game.Code}.html\"";
                var zone = context.Request.Query["tz"].FirstOrDefault();
                return Results.Content(GameDebrief.Html(game, Made(game.Record.Created, zone), Made(games.Now, zone)), "text/html; charset=utf-8");
            }));
    }

    // The debrief's and the CSV's links with the read-only key and how many keys it replaced (the page compares it with its
    // view's). The debrief is dated in the teacher's time zone: the page adds its browser's (&tz=Asia/Seoul).
    private static IResult Links(ClassroomGame game, string key)
    {
        var path = $"/api/games/{Uri.EscapeDataString(game.Code)}";
        return Results.Ok(new { key, replaced = game.KeysReplaced, debrief = $"{path}/debrief?{GameEndpoints.DebriefKeyParameter}={key}", export = $"{path}/export.csv?{GameEndpoints.DebriefKeyParameter}={key}" });
    }

    // When the game started or the debrief was made, in the teacher's time zone (the page's link names the browser's, ?tz=Asia/Seoul), else the
    // server's own, which is the teacher's computer in a classroom: "2026-12-05 20:19 (Asia/Seoul time, UTC+09:00)".
    private static string Made(DateTimeOffset now, string? zoneId)
    {
        var zone = zoneId is { Length: > 0 and <= 64 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Local;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} ({zone.Id} time, UTC{sign}{offset.Duration():hh\\:mm})");
    }

    // What the teacher's token alone opens, presented as the header.
    private static IResult Teacher(GameRegistry games, string code, HttpContext context, Func<ClassroomGame, IResult> act) =>
        GameEndpoints.WithGame(games, code, game =>
            Secrets.Matches(GameEndpoints.PresentedTeacherToken(context), game.TeacherToken)
                ? act(game)
                : GameEndpoints.NotTheTeacher(game.Code, context).ToResult());

    // Whether the request comes from a browser's address bar or a link (it asks for HTML), not from a script.
    private static bool AcceptsHtml(HttpContext context) =>
        context.Request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    // What only reads the class's decisions (the CSV, the debrief): the teacher's token as the header, or the game's read-only
    // key in the link's address.
    private static IResult Reader(GameRegistry games, string code, HttpContext context, Func<ClassroomGame, IResult> act) =>
        GameEndpoints.WithGame(games, code, game =>
        {
            if (Secrets.Matches(GameEndpoints.PresentedTeacherToken(context), game.TeacherToken) || GameEndpoints.PresentsDebriefKey(context, game))
            {
                return act(game);
            }
            var key = context.Request.Query[GameEndpoints.DebriefKeyParameter].FirstOrDefault();
            if (game.WasReplaced(key))
            {
                var problem = new RequestProblem(RequestProblemKind.Forbidden, GameEndpoints.DebriefKeyParameter,
                    $"was replaced by the teacher of game {game.Code}: this link no longer opens the game's debrief and CSV; ask the teacher for the new link");
                // A browser following an old link (a student, a parent) gets a page in words, not the API's JSON.
                return AcceptsHtml(context)
                    ? Results.Content($"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Link replaced</title><p>This link's key {System.Net.WebUtility.HtmlEncode(problem.Detail)}.</p></html>\n",
                        "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden)
                    : problem.ToResult();
            }
            return context.Request.Query.ContainsKey(GameEndpoints.DebriefKeyParameter)
                ? new RequestProblem(RequestProblemKind.Forbidden, GameEndpoints.DebriefKeyParameter, $"is not the read-only key of game {game.Code}'s debrief and CSV: open them from the links on the teacher's page").ToResult()
                : GameEndpoints.NotTheTeacher(game.Code, context).ToResult();
        });
}
