using Microsoft.AspNetCore.Http;
using Simulation.Application.Games;
using Simulation.Web.Games;

namespace Simulation.Web;

/// <summary>
/// Why a request was refused, answered as RFC 9457 problem details (<c>application/problem+json</c>) with the JSON field at
/// fault as the extension member <c>field</c>, so a student (or a test) can see what to fix. The status comes from the kind.
/// </summary>
/// <param name="Kind">What kind of refusal it is; decides the status, type and title.</param>
/// <param name="Field">The JSON field at fault, for example <c>parameters.regimes[lee].tilt[equity].weight</c>; null when there
/// is none (a page file that does not exist).</param>
/// <param name="Detail">What is wrong with this request, in plain words.</param>
public sealed record RequestProblem(RequestProblemKind Kind, string? Field, string Detail)
{
    /// <summary>Name of the extension member naming the field at fault.</summary>
    public const string FieldMember = "field";

    /// <summary>The HTTP status of <see cref="Kind"/>.</summary>
    public int Status => Definition(Kind).Status;

    /// <summary>The problem type of <see cref="Kind"/>: the section of the HTTP standard that defines its status, as ASP.NET Core
    /// names it in the problems it writes itself (an unknown route, an unhandled exception).</summary>
    public string Type => Definition(Kind).Type;

    /// <summary>The title of <see cref="Type"/>: the status's name in the standard, the same for every occurrence.</summary>
    public string Title => Definition(Kind).Title;

    /// <summary>A field that is missing, of the wrong type or out of range.</summary>
    public static RequestProblem Invalid(string field, string detail) => new(RequestProblemKind.Invalid, field, detail);

    /// <summary>Something named by <paramref name="field"/> that does not exist.</summary>
    public static RequestProblem NotFound(string? field, string detail) => new(RequestProblemKind.NotFound, field, detail);

    /// <summary>An action the current state of what <paramref name="field"/> names does not allow.</summary>
    public static RequestProblem Conflict(string field, string detail) => new(RequestProblemKind.Conflict, field, detail);

    /// <summary>The answer to a refusal of the class game's rules: its kind as a status, and a seat the game does not hold as a
    /// 403 naming the header that carried its token.</summary>
    public static RequestProblem From(GameRefusal refusal) => refusal.Kind switch
    {
        GameRefusalKind.Invalid => new(RequestProblemKind.Invalid, refusal.Field, refusal.Detail),
        GameRefusalKind.NotFound => new(RequestProblemKind.NotFound, refusal.Field, refusal.Detail),
        GameRefusalKind.Conflict => new(RequestProblemKind.Conflict, refusal.Field, refusal.Detail),
        GameRefusalKind.NotASeat => new(RequestProblemKind.Forbidden, GameEndpoints.SeatHeader, refusal.Detail),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Kind, "not a kind of game refusal"),
    };

    /// <summary>Returns the answer to a refusal of the class game's rules (<see cref="From"/>).</summary>
    public static IResult Answer(GameRefusal refusal) => From(refusal).ToResult();

    /// <summary>Returns the answer, built by ASP.NET Core's <see cref="TypedResults"/>.Problem.</summary>
    public IResult ToResult() => TypedResults.Problem(detail: Detail, statusCode: Status, title: Title, type: Type,
        extensions: Field is null ? null : new Dictionary<string, object?> { [FieldMember] = Field });

    /// <summary>Writes the answer to <paramref name="context"/>, for middleware and streaming endpoints that return no result.</summary>
    public Task WriteAsync(HttpContext context) => ToResult().ExecuteAsync(context);

    private static (int Status, string Type, string Title) Definition(RequestProblemKind kind) => kind switch
    {
        RequestProblemKind.Invalid => (StatusCodes.Status400BadRequest, "https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"),
        RequestProblemKind.Unauthorized => (StatusCodes.Status401Unauthorized, "https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"),
        RequestProblemKind.Forbidden => (StatusCodes.Status403Forbidden, "https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden"),
        RequestProblemKind.NotFound => (StatusCodes.Status404NotFound, "https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"),
        RequestProblemKind.Conflict => (StatusCodes.Status409Conflict, "https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict"),
        RequestProblemKind.TooSlow => (StatusCodes.Status408RequestTimeout, "https://tools.ietf.org/html/rfc9110#section-15.5.9", "Request Timeout"),
        RequestProblemKind.TooLarge => (StatusCodes.Status413PayloadTooLarge, "https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large"),
        RequestProblemKind.AddressTooLong => (StatusCodes.Status414UriTooLong, "https://tools.ietf.org/html/rfc9110#section-15.5.15", "URI Too Long"),
        RequestProblemKind.HeadersTooLarge => (StatusCodes.Status431RequestHeaderFieldsTooLarge, "https://tools.ietf.org/html/rfc6585#section-5", "Request Header Fields Too Large"),
        RequestProblemKind.NotJson => (StatusCodes.Status415UnsupportedMediaType, "https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type"),
        RequestProblemKind.TooBusy => (StatusCodes.Status429TooManyRequests, "https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of request problem"),
    };
}
