namespace Simulation.Web.Games;

/// <summary>A student's place in a game: the region they play and the secret token that proves it. The token, not the
/// region, authorises decisions, so one student cannot act for another region or in another class.</summary>
/// <param name="Token">Secret handed to the student's browser (kept there to come back after a reload).</param>
/// <param name="Region">Index of the region in the scenario.</param>
/// <param name="Name">The name the student gave, shown in the standings.</param>
public sealed record Seat(string Token, int Region, string Name);
