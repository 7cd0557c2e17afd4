namespace Simulation.Experiments.Games;

/// <summary>One round of a participatory game: one competition for a national project in the year the scenario holds it.</summary>
/// <param name="Number">Round number, from 1.</param>
/// <param name="Project">Index of the project in the scenario.</param>
/// <param name="ProjectId">Project id.</param>
/// <param name="ProjectName">Project name.</param>
/// <param name="Year">Year of the competition.</param>
public sealed record GameRound(int Number, int Project, string ProjectId, string ProjectName, int Year);
