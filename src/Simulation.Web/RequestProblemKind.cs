namespace Simulation.Web;

/// <summary>
/// What kind of refusal a <see cref="RequestProblem"/> is. The HTTP status, the problem type and its title follow from the
/// kind alone (<see cref="RequestProblem.ToResult"/>), never from the field or the wording of the message.
/// </summary>
public enum RequestProblemKind
{
    /// <summary>A field of the request is missing, of the wrong type or out of range (400).</summary>
    Invalid,

    /// <summary>The join code or a token is missing or wrong (401).</summary>
    Unauthorized,

    /// <summary>The request carries a token that does not allow this action (403).</summary>
    Forbidden,

    /// <summary>The scenario, run, game or file named does not exist (404).</summary>
    NotFound,

    /// <summary>The request is well formed but the thing it acts on is not in a state that allows it (409).</summary>
    Conflict,

    /// <summary>The request body arrived too slowly and was cut off (408).</summary>
    TooSlow,

    /// <summary>The request body is larger than the server accepts (413).</summary>
    TooLarge,

    /// <summary>The request's address (its path and query) is longer than the server accepts (414).</summary>
    AddressTooLong,

    /// <summary>The request's headers are larger, or more, than the server accepts (431).</summary>
    HeadersTooLarge,

    /// <summary>The request body is not sent as JSON (415): a form a page of another site posts is not taken for a request.</summary>
    NotJson,

    /// <summary>The server already holds as many runs or games as it may (429).</summary>
    TooBusy,
}
