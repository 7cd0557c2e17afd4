namespace Simulation.Application.Games;

/// <summary>
/// The class game's answer to a request it will not carry out: what kind of refusal, the field of the request at fault and
/// what to do, in the words a student or teacher reads. Hosts map it to their protocol (the web server to problem details).
/// </summary>
/// <param name="Kind">What kind of refusal it is.</param>
/// <param name="Field">The request's field at fault (for example <c>round</c>, <c>rejoinCode</c>); null when there is none.</param>
/// <param name="Detail">What is wrong, in plain words.</param>
public sealed record GameRefusal(GameRefusalKind Kind, string? Field, string Detail)
{
    /// <summary>A field that is missing, of the wrong kind or out of range.</summary>
    public static GameRefusal Invalid(string field, string detail) => new(GameRefusalKind.Invalid, field, detail);

    /// <summary>Something named by <paramref name="field"/> that the game does not have.</summary>
    public static GameRefusal NotFound(string? field, string detail) => new(GameRefusalKind.NotFound, field, detail);

    /// <summary>An action the game's current state does not allow.</summary>
    public static GameRefusal Conflict(string? field, string detail) => new(GameRefusalKind.Conflict, field, detail);

    /// <summary>A seat token game <paramref name="code"/> does not hold: the teacher may have freed it, so the page should
    /// take a region again.</summary>
    public static GameRefusal NotASeat(string code) =>
        new(GameRefusalKind.NotASeat, null, $"is not a seat of game {code} (the teacher may have freed it): reload the page to take a region again");
}
