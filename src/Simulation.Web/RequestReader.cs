using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Simulation.Experiments.Scenarios;

namespace Simulation.Web;

/// <summary>
/// Reads what the computing endpoints (<c>POST /api/runs</c>, <c>POST /api/replays</c>) share: a JSON body, and in it a
/// scenario name with parameter overrides. Each problem is answered with a 400 (or 413) naming the field at fault, the same
/// way for every endpoint.
/// </summary>
public static class RequestReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Returns the request's body as <typeparamref name="T"/> (null for a JSON <c>null</c>), or the problem: 400
    /// naming the field of the wrong type, 413 for a body over the server's limit.</summary>
    public static async Task<(T? Body, IResult? Problem)> BodyAsync<T>(HttpContext context, ClassroomOptions options)
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, context.RequestAborted), null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (default, Results.BadRequest(new RequestProblem(field, "is not valid JSON of the expected type")));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, Results.Json(new RequestProblem("body", $"is larger than {options.MaxRequestBytes} bytes"), statusCode: StatusCodes.Status413PayloadTooLarge));
        }
    }

    /// <summary>Loads the scenario <paramref name="name"/> from <paramref name="catalog"/> and applies
    /// <paramref name="parameters"/>; returns false with a 400 naming <c>scenario</c> or the override at fault.</summary>
    public static bool TryScenario(string? name, IReadOnlyDictionary<string, double>? parameters, ScenarioCatalog catalog,
        [NotNullWhen(true)] out PreparedScenario? scenario, [NotNullWhen(false)] out IResult? problem)
    {
        scenario = null;
        if (name is not { Length: > 0 })
        {
            problem = Results.BadRequest(new RequestProblem("scenario", "is required: a name from GET /api/scenarios"));
            return false;
        }
        if (catalog.TryLoad(name) is not { } loaded)
        {
            problem = Results.BadRequest(new RequestProblem("scenario", $"there is no scenario '{name}'"));
            return false;
        }
        var document = loaded.Document.DeepClone().AsObject();
        if (ParameterCatalog.Apply(document, parameters ?? new Dictionary<string, double>()) is { } wrong)
        {
            problem = Results.BadRequest(wrong);
            return false;
        }
        try
        {
            scenario = new PreparedScenario(name, loaded, ScenarioLoader.Parse(document.ToJsonString(), name).Model);
        }
        catch (ScenarioException e)
        {
            problem = Results.BadRequest(new RequestProblem("parameters", e.Message));
            return false;
        }
        problem = null;
        return true;
    }
}
