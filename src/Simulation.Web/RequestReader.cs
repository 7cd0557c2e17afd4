using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Simulation.Experiments.Scenarios;

namespace Simulation.Web;

/// <summary>
/// Reads what the computing endpoints (<c>POST /api/runs</c>, <c>POST /api/replays</c>) share: a JSON body, and in it a
/// scenario name with parameter overrides. Each problem is a <see cref="RequestProblem"/> naming the field at fault, the same
/// way for every endpoint.
/// </summary>
public static partial class RequestReader
{
    // A misspelt field ("replicatons") is refused naming it rather than ignored, a field given twice is refused rather than
    // read as its last value ("eval" refuses it too), and a number must be a JSON number, not text ("20"), as scenario files
    // have them (the web defaults would read numbers from strings).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        AllowDuplicateProperties = false,
    };

    /// <summary>Returns the request's body as <typeparamref name="T"/> (null for a JSON <c>null</c>), or the problem: a body not
    /// sent as JSON (<see cref="RequestProblemKind.NotJson"/>), a field of the wrong type (<see cref="RequestProblemKind.Invalid"/>), a body over the server's limit (<see cref="RequestProblemKind.TooLarge"/>)
    /// or one trickled in too slowly (<see cref="RequestProblemKind.TooSlow"/>).</summary>
    public static async Task<(T? Body, RequestProblem? Problem)> BodyAsync<T>(HttpContext context, ClassroomOptions options)
    {
        var hasBody = context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0;
        if (hasBody && !context.Request.HasJsonContentType())
        {
            // A browser lets any site post a form or plain text without asking; only JSON starts runs and moves games.
            return (default, new RequestProblem(RequestProblemKind.NotJson, "body",
                $"is sent as '{context.Request.ContentType ?? "no type"}'; send it as JSON, with Content-Type: application/json"));
        }
        try
        {
            // Read whole first (the server bounds its size), so that a body that is not well-formed JSON is told apart from a
            // well-formed one with a field of the wrong type: the serializer reports both at the field it was reading.
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            // A byte-order mark (a body sent from a file some editors saved) is read past, as in every file regsim reads.
            var bytes = buffer.ToArray();
            if (bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble))
            {
                bytes = bytes[System.Text.Encoding.UTF8.Preamble.Length..];
            }
            if (SyntaxProblem(bytes) is { } syntax)
            {
                return (default, syntax);
            }
            return (JsonSerializer.Deserialize<T>(bytes, Json), null);
        }
        catch (JsonException e)
        {
            // A parameter's path holds brackets, which the serializer quotes (parameters['regimes[lee].tilt[equity].weight']):
            // named as range errors and the README name it, parameters.regimes[lee].tilt[equity].weight.
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : QuotedKey().Replace(e.Path, ".$1").TrimStart('$', '.');
            return (default, RequestProblem.Invalid(field, field == "body"
                ? "is not a whole, well-formed JSON object (check its brackets, commas and quotes)"
                : RequestFieldTypes.Expectation(typeof(T), field) is { } expected
                    ? $"must be {expected}, given once"
                    : "is not a field of this request"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, new RequestProblem(RequestProblemKind.TooLarge, "body", $"is larger than {options.MaxRequestBytes} bytes"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            return (default, new RequestProblem(RequestProblemKind.TooSlow, "body", "arrived too slowly (under 240 bytes a second after its first 5 seconds) and was cut off; send it again"));
        }
        catch (BadHttpRequestException e)
        {
            return (default, RequestProblem.Invalid("body", $"could not be read ({e.Message})"));
        }
    }

    // The problem with a body that is not well-formed JSON (cut short, a missing comma or quote, not UTF-8), or null.
    private static RequestProblem? SyntaxProblem(byte[] body)
    {
        if (body.Length == 0)
        {
            return null; // no body: the endpoint says what it needs
        }
        try
        {
            using var _ = JsonDocument.Parse(body, new JsonDocumentOptions { AllowDuplicateProperties = true });
            return null;
        }
        catch (JsonException e)
        {
            return RequestProblem.Invalid("body", $"is not well-formed JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}): "
                + "check its brackets, commas and quotes, and send it as UTF-8");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\['((?:[^']|'')*)'\]")]
    private static partial System.Text.RegularExpressions.Regex QuotedKey();

    /// <summary>Returns the problem with a request's <c>seed</c>, or null: a seed is 0 to 2^63 − 1, as in a scenario file and
    /// on the command line, so that a seed a page shows can be given to <c>regsim run --seed</c>.</summary>
    public static RequestProblem? CheckSeed(ulong? seed) =>
        seed is > long.MaxValue ? RequestProblem.Invalid("seed", $"must be a whole number from 0 to 2^63 − 1 (got {seed})") : null;

    /// <summary>Loads the scenario <paramref name="name"/> from <paramref name="catalog"/> and applies
    /// <paramref name="parameters"/>; returns false with the problem naming <c>scenario</c> or the override at fault.</summary>
    public static bool TryScenario(string? name, IReadOnlyDictionary<string, double>? parameters, ScenarioCatalog catalog,
        [NotNullWhen(true)] out PreparedScenario? scenario, [NotNullWhen(false)] out RequestProblem? problem)
    {
        scenario = null;
        if (name is not { Length: > 0 })
        {
            problem = RequestProblem.Invalid("scenario", "is required: a name from GET /api/scenarios");
            return false;
        }
        if (catalog.TryLoad(name) is not { } loaded)
        {
            problem = RequestProblem.Invalid("scenario", $"there is no scenario '{name}'");
            return false;
        }
        var document = loaded.Document.DeepClone().AsObject();
        problem = ParameterCatalog.Apply(document, parameters ?? new Dictionary<string, double>());
        if (problem is not null)
        {
            return false;
        }
        try
        {
            scenario = new PreparedScenario(name, loaded, ScenarioLoader.Parse(document.ToJsonString(), name).Model, ParameterCatalog.For(document));
        }
        catch (ScenarioException e)
        {
            // The overrides together make a scenario the model refuses: say where, from the typed problems.
            problem = RequestProblem.Invalid("parameters", "make the scenario invalid: " + string.Join("; ", e.Problems.Select(p => $"{p.JsonPath}: {p.Message}")));
            return false;
        }
        return true;
    }
}
