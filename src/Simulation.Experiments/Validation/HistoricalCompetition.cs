namespace Simulation.Experiments.Validation;

/// <summary>What happened in one national competition, as the model's outcome should be compared with it.</summary>
/// <param name="Project">Project id in the scenario.</param>
/// <param name="Winners">Region ids of the historical winners. A winning joint bid counts for each member, so a joint
/// partner that is not listed here (Gyeongbuk, with Daegu) neither helps nor hurts.</param>
/// <param name="Highlighted">The winners the paper names (§4.1), which must be among the model's most probable winners.</param>
/// <param name="Year">Year of the selection; the report names the regime the scenario's timeline has in force then.</param>
/// <param name="Source">Where the record comes from.</param>
public sealed record HistoricalCompetition(string Project, IReadOnlyList<string> Winners, IReadOnlyList<string> Highlighted, int Year, string Source);
