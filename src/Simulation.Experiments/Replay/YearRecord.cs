namespace Simulation.Experiments.Replay;

/// <summary>One year of a replayed replication.</summary>
/// <param name="Year">The year.</param>
/// <param name="Regime">Id of the regime in force.</param>
/// <param name="ResourcesPerCapita">National resources received so far per region, ₩ thousand per person, in scenario order.</param>
/// <param name="Competitions">The competitions judged this year.</param>
public sealed record YearRecord(int Year, string Regime, IReadOnlyList<double> ResourcesPerCapita, IReadOnlyList<CompetitionRecord> Competitions);
