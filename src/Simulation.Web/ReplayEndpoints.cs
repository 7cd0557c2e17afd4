using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Simulation.Application.Replays;

namespace Simulation.Web;

/// <summary>
/// <c>POST /api/replays</c>: one replication of a run told year by year, so a class can see a single history behind the
/// probabilities. One replication takes milliseconds, so it is answered at once rather than streamed like a run.
/// </summary>
public static class ReplayEndpoints
{
    /// <summary>Maps the replay endpoint and the page's script that steps through a replay.</summary>
    public static WebApplication MapReplays(this WebApplication app)
    {
        app.MapPost("/api/replays", Replay);
        return app;
    }

    private static async Task<IResult> Replay(HttpContext context, ScenarioCatalog catalog, ClassroomOptions options, ILogger<ReplayReport> logger)
    {
        var (body, problem) = await RequestReader.BodyAsync<ReplayRequestBody>(context, options);
        if ((problem ?? RequestReader.CheckSeed(body?.Seed)) is { } refused)
        {
            return refused.ToResult();
        }
        if (!RequestReader.TryScenario(body?.Scenario, body?.Parameters, catalog, out var prepared, out problem))
        {
            return problem.ToResult();
        }
        var replication = body?.Replication ?? 0;
        if (replication < 0 || replication >= options.MaxReplications)
        {
            return RequestProblem.Invalid("replication", $"{replication} is out of range [0, {options.MaxReplications - 1}]").ToResult();
        }
        var request = new ReplayRequest(prepared.Model, body?.Mode, replication, body?.Seed);
        ReplayedReplication replayed;
        try
        {
            replayed = await Task.Run(() => ReplayReplication.Run(request), context.RequestAborted);
        }
        catch (UnknownModeException e)
        {
            return RequestProblem.Invalid("mode", e.Message).ToResult();
        }
        logger.LogInformation("Replay: {Scenario}, mode {Mode}, replication {Replication}, {Overrides} overrides", prepared.Name, replayed.Replay.Mode, replication, body?.Parameters?.Count ?? 0);
        return Results.Ok(ReplayReport.From(prepared.Name, prepared.Model, replayed.Replay, replayed.Seed));
    }
}
