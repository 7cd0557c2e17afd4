namespace Simulation.Web;

/// <summary>One year of a <see cref="ReplayReport"/>, with the heading and note the page shows as they are.</summary>
/// <param name="Year">The year.</param>
/// <param name="Regime">Id of the regime in force.</param>
/// <param name="RegimeName">Its display name, from the scenario.</param>
/// <param name="Heading">The year's heading: the year, its place in the horizon, the regime in force and how many competitions.</param>
/// <param name="Note">Shown instead of competitions in a year without any; null otherwise.</param>
/// <param name="Competitions">The competitions judged this year (none in most years).</param>
/// <param name="Map">Tile map (SVG) of resources received per person by the end of the year, on the replay's one scale.</param>
public sealed record ReplayYear(int Year, string Regime, string RegimeName, string Heading, string? Note, IReadOnlyList<ReplayCompetition> Competitions, string Map);
