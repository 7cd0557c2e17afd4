using Simulation.Experiments.Replay;

namespace Simulation.Web;

/// <summary>One year of a <see cref="ReplayReport"/>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Regime">Id of the regime in force.</param>
/// <param name="RegimeName">Its display name, from the scenario.</param>
/// <param name="Competitions">The competitions judged this year (none in most years).</param>
/// <param name="Map">Tile map (SVG) of resources received per person by the end of the year, on the replay's one scale.</param>
public sealed record ReplayYear(int Year, string Regime, string RegimeName, IReadOnlyList<CompetitionRecord> Competitions, string Map);
