namespace Simulation.Application.Games;

/// <summary>A student's place in a game: the region whose team they joined and the secret token that proves it. The token,
/// not the region, authorises proposals, so one student cannot act for another region or in another class.</summary>
/// <param name="Token">Secret handed to the student's browser (kept there to come back after a reload or a restart).</param>
/// <param name="Region">Index of the region in the scenario.</param>
/// <param name="Name">The name the student gave, shown in the standings.</param>
/// <param name="Joined">Order of joining the game (0 first), which orders a team's members.</param>
/// <param name="Captain">Whether this member's proposal is the region's decision (teams with captains only).</param>
/// <param name="AfterLastRound">Whether the seat was taken once every round was judged, when no region bids again: the
/// student only watched, so the region is not counted as played by the class for it.</param>
public sealed record Seat(string Token, int Region, string Name, int Joined, bool Captain, bool AfterLastRound = false);
