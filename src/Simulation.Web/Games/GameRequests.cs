using Simulation.Application.Games;

namespace Simulation.Web.Games;

/// <summary>A teacher's request to start a game.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Seed; the scenario's when absent.</param>
/// <param name="Regime">Regime to start under; the timeline's first when absent.</param>
/// <param name="TeamSize">Students per region: <see cref="Application.Games.Journal.TeamRules.DefaultTeamSize"/> when absent, 0 for open teams.</param>
/// <param name="Captains">Whether a team's captain (its first member, or whom the teacher names) decides for it.</param>
public sealed record NewGameBody(string? Scenario, ulong? Seed, string? Regime, int? TeamSize = null, bool? Captains = null);

/// <summary>The teacher's change of team size during a game.</summary>
/// <param name="TeamSize">Students per region from now on (1 to 60), or 0 for open teams.</param>
public sealed record TeamSizeBody(int? TeamSize);

/// <summary>The teacher's deadline for the open round.</summary>
/// <param name="Seconds">Seconds from now until the round closes by itself (5 to 3600), or null to clear the deadline; kept as
/// the JSON it was, so that a body without it (<c>{}</c>), which would otherwise read as null, is refused rather than taken
/// for a request to clear the timer.</param>
public sealed record DeadlineBody(System.Text.Json.JsonElement Seconds)
{
    /// <summary>The deadline asked for: the seconds, or null to clear it; a problem naming <c>seconds</c> when it is absent or
    /// not a whole number from 5 to 3600.</summary>
    public (TimeSpan? Time, RequestProblem? Problem) Read() => Seconds.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Null => (null, null),
        System.Text.Json.JsonValueKind.Number when Seconds.TryGetInt32(out var s) && s is >= 5 and <= 3600 => (TimeSpan.FromSeconds(s), null),
        System.Text.Json.JsonValueKind.Undefined => (null, RequestProblem.Invalid("seconds", "is required: 5 to 3600, or null to clear the deadline")),
        _ => (null, RequestProblem.Invalid("seconds", "must be 5 to 3600, or null to clear the deadline")),
    };
}

/// <summary>The teacher's choice of a team's captain.</summary>
/// <param name="Region">Region id.</param>
/// <param name="Name">The member's name.</param>
public sealed record CaptainBody(string? Region, string? Name);

/// <summary>The teacher's allowance for a student to take their seat again from another device.</summary>
/// <param name="Name">The student's name, as the teacher's page lists it.</param>
public sealed record RejoinBody(string? Name);

/// <summary>A student's request for a region.</summary>
/// <param name="Name">Their name (1–40 characters).</param>
/// <param name="Region">The region wanted, or absent to be given one.</param>
/// <param name="RejoinCode">The code the teacher gave a student let in again on another device, who takes back their seat.</param>
public sealed record SeatBody(string? Name, string? Region, string? RejoinCode = null);

/// <summary>A student's move out of a region that only watches.</summary>
/// <param name="Region">The region that bids to move to, or absent to be given the emptiest team of one.</param>
public sealed record MoveBody(string? Region);

/// <summary>The teacher's regime switch.</summary>
/// <param name="Regime">Regime id.</param>
public sealed record RegimeBody(string? Regime);
