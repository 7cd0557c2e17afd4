using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Simulation.Application.Games;
using Simulation.Application.Runs;
using Simulation.Experiments;
using Simulation.Web.Games;

namespace Simulation.Web;

/// <summary>
/// Builds the classroom web server of <c>regsim serve</c>: one page (embedded HTML, JavaScript and CSS, nothing fetched
/// from the internet) and a small JSON API to list scenarios and their parameters, start a bounded run (which waits its
/// turn, first come, first served, when others compute), follow it as server-sent events and cancel it, and replay one
/// replication year by year. Callers add their own configuration and logging through <c>configure</c>, so the command line
/// and the tests share one construction.
/// </summary>
public static class ClassroomServer
{
    /// <summary>Header (or <c>?code=</c> query) carrying the join code.</summary>
    public const string JoinCodeHeader = "X-Join-Code";

    // The one set of options of every JSON the server sends itself, so a game's spliced view and other events agree.
    private static readonly JsonSerializerOptions Json = GameViewJson.Options;

    /// <summary>Returns the application, not yet started.</summary>
    /// <param name="options">Addresses, scenarios folder, join code and limits.</param>
    /// <param name="configure">Adds configuration, logging or services before the application is built.</param>
    public static WebApplication Build(ClassroomOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            // A body trickled in (a slow-loris client) is cut off rather than holding a connection: at least 240 bytes/s after 5 s.
            k.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(5));
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            // The address's and the headers' limits are the application's (RequestHeadLimits), which answers with problem details;
            // Kestrel's own, which it answers with an empty body, lie beyond them.
            RequestHeadLimits.ApplyOuterBounds(k.Limits);
        });
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new FiniteNumberConverter()); // a NaN or infinity is written as null, as in the events
        });
        // Every error answer is RFC 9457 problem details: ours (RequestProblem) and the framework's own (an unknown route, a
        // wrong method, an unhandled exception), whose detail names the request.
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Detail ??= $"{c.HttpContext.Request.Method} {c.HttpContext.Request.Path}: {c.ProblemDetails.Title}");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new ScenarioCatalog(options.ScenariosFolder));
        builder.Services.AddSingleton<RunRegistry>();
        // Opened before the server starts, so a database that cannot be used stops `regsim serve` with its reason.
        var journal = options.DataFolder is { } data ? Application.Games.Journal.GameJournal.Open(data) : null;
        if (journal is not null)
        {
            builder.Services.AddSingleton(_ => journal); // by a factory, so the server disposes it (closing the database) when it stops
        }
        builder.Services.AddGames();
        configure?.Invoke(builder);
        var app = builder.Build();
        try
        {
            // Every kept game is replayed now, so that a database whose rows do not replay stops the server before it listens.
            _ = app.Services.GetRequiredService<GameRegistry>();
        }
        catch
        {
            ((IDisposable)app).Dispose(); // closes the journal and lets its folder go
            throw;
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.Use(async (context, next) =>
        {
            if (RequestHeadLimits.Refusal(context) is { } oversized)
            {
                await oversized.WriteAsync(context);
                return;
            }
            if (options.JoinCode is { } code && context.Request.Path.StartsWithSegments("/api") && !GameEndpoints.IsOpenToStudents(context)
                && context.Request.Path != ServerMachine.Path)
            {
                var given = context.Request.Headers[JoinCodeHeader].FirstOrDefault() ?? context.Request.Query["code"].FirstOrDefault();
                if (!string.Equals(given, code, StringComparison.OrdinalIgnoreCase)) // as game codes: a phone may capitalise it
                {
                    await new RequestProblem(RequestProblemKind.Unauthorized, JoinCodeHeader, "the server's join code is missing from this address or wrong: open the address the teacher gives, which ends in ?code= and the code").WriteAsync(context);
                    return;
                }
            }
            context.Response.Headers.XContentTypeOptions = "nosniff";
            // Only the server's own scripts run; charts are inline SVG, whose style attributes need 'unsafe-inline' for styles.
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            await next(context);
        });

        PageAssets.Map(app);
        app.MapGet("/api/scenarios", (ScenarioCatalog catalog) => Results.Ok(catalog.Names()));
        app.MapGet("/api/scenarios/{name}/parameters", (string name, ScenarioCatalog catalog) =>
            catalog.TryLoad(name) is { } loaded
                ? Results.Ok(new
                {
                    scenario = name,
                    description = loaded.Document["description"]?.GetValue<string>(),
                    replications = Math.Min(loaded.Model.Replications, options.MaxReplications),
                    maxReplications = options.MaxReplications,
                    seed = loaded.Model.Seed,
                    parameters = ParameterCatalog.For(loaded.Document),
                })
                : RequestProblem.NotFound("scenario", $"there is no scenario '{name}'").ToResult());
        app.MapPost("/api/runs", StartRun);
        app.MapGet("/api/runs/{id}/events", StreamEvents);
        app.MapDelete("/api/runs/{id}", (string id, RunRegistry registry) =>
        {
            if (registry.Find(id) is not { } run)
            {
                return RequestProblem.NotFound("id", $"there is no run '{id}'").ToResult();
            }
            run.Cancel();
            return Results.Accepted();
        });
        app.MapReplays();
        app.MapGames();
        return app;
    }

    private static async Task<IResult> StartRun(HttpContext context, ScenarioCatalog catalog, RunRegistry registry, ClassroomOptions options, ILogger<RunRegistry> logger)
    {
        // The run takes its place in line as it arrives, before its body is read and its scenario built (which takes a while
        // when a class presses Run together), so that runs start in the order they were asked for.
        if (registry.TryJoin() is not { } turn)
        {
            return new RequestProblem(RequestProblemKind.TooBusy, "runs", $"{options.MaxQueuedRuns} runs are already waiting their turn; try again when one has started").ToResult();
        }
        ClassroomRun? run = null;
        try
        {
            var (body, problem) = await RequestReader.BodyAsync<RunRequestBody>(context, options);
            if ((problem ?? RequestReader.CheckSeed(body?.Seed)) is { } invalid)
            {
                return invalid.ToResult();
            }
            if (!RequestReader.TryScenario(body?.Scenario, body?.Parameters, catalog, out var prepared, out problem))
            {
                return problem.ToResult();
            }
            var asked = body?.Replications ?? Math.Min(prepared.Loaded.Model.Replications, options.MaxReplications);
            if (asked < 1 || asked > options.MaxReplications)
            {
                return RequestProblem.Invalid("replications", $"{asked} is out of range [1, {options.MaxReplications}]").ToResult();
            }
            var replications = (int)asked;
            RunId? previous = null;
            if (body?.Previous is { } given)
            {
                if (!RunId.TryParse(given, out var id))
                {
                    return RequestProblem.Invalid("previous", "not a run id: give the id (16 hex digits) the server sent when the previous run started, or leave it out").ToResult();
                }
                previous = id;
            }
            run = registry.Start(turn, prepared, new RunOptions(replications, body?.Seed ?? prepared.Loaded.Model.Seed, options.ThreadsPerRun), previous);
            logger.LogInformation("Run {Id}: {Scenario}, {Replications} replications, {Overrides} overrides", run.Id, prepared.Name, replications, body?.Parameters?.Count ?? 0);
            return Results.Created($"/api/runs/{run.Id}", new { id = run.Id, replications, seed = run.Options.Seed, events = $"/api/runs/{run.Id}/events" });
        }
        finally
        {
            if (run is null)
            {
                turn.Dispose(); // refused before its run started: its place goes to those behind
            }
        }
    }

    private static async Task StreamEvents(string id, HttpContext context, RunRegistry registry)
    {
        if (registry.Find(id) is not { } run)
        {
            await RequestProblem.NotFound("id", $"there is no run '{id}'").WriteAsync(context);
            return;
        }
        // One page follows a run while it computes; once it has ended, any page (a reloaded one) may read how it ended.
        var following = run.Attach();
        if (!following && !run.Completion.IsCompleted)
        {
            await RequestProblem.Conflict("id", "another page is following this run while it computes").WriteAsync(context);
            return;
        }
        using var ended = EndedOrStopping(context);
        var aborted = ended.Token;
        // The page following it closing (or navigating away) ends the request: stop computing for nobody.
        await using var _ = following ? aborted.Register(run.Cancel) : default;
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            while (!run.Completion.IsCompleted)
            {
                // While it waits its turn the page is told its place in line, then its progress once it computes.
                if (run.Place is { } place)
                {
                    await Send(context, "queued", new { place = place.Place, waitSeconds = place.WaitSeconds, text = place.Text }, aborted);
                }
                else
                {
                    await Send(context, "progress", new { done = run.Done, total = run.Options.Replications }, aborted);
                }
                await Task.WhenAny(run.Completion, Task.Delay(250, aborted));
            }
            if (run.Completion.IsCompletedSuccessfully)
            {
                await Send(context, "progress", new { done = run.Options.Replications, total = run.Options.Replications }, aborted);
                await SendJson(context, "result", run.Completion.Result, aborted);
            }
            else if (run.Completion.IsCanceled || run.Completion.Exception?.InnerException is OperationCanceledException)
            {
                await Send(context, "cancelled", new { done = run.Done }, aborted);
            }
            else
            {
                await Send(context, "failed", new { message = $"the run failed on the server (run {run.Id}); the server's log says why" }, aborted);
            }
        }
        catch (OperationCanceledException)
        {
            // the page went away; the registration above cancelled the run
        }
        finally
        {
            // However the stream ended (a write to a dropped connection may fail before the request is seen as aborted), a
            // run that no page follows any more stops computing, so that its slot goes to the next run.
            if (following && !run.Completion.IsCompleted)
            {
                run.Cancel();
            }
        }
    }

    /// <summary>Writes one server-sent event and flushes it.</summary>
    internal static Task Send(HttpContext context, string name, object data, CancellationToken cancellationToken) =>
        SendJson(context, name, JsonSerializer.Serialize(data, Json), cancellationToken);

    /// <summary>Returns a source cancelled when the request ends or the server begins to stop, for the event streams, which
    /// would otherwise hold the server's shutdown until their pages close.</summary>
    internal static CancellationTokenSource EndedOrStopping(HttpContext context) =>
        CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted,
            context.RequestServices.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping);

    /// <summary>Writes one server-sent event whose data is already JSON, and flushes it.</summary>
    internal static async Task SendJson(HttpContext context, string name, string json, CancellationToken cancellationToken)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: {json}\n\n"), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
