namespace Simulation.Experiments;

/// <summary>How often a region won a project under a regime mode, with a 95 % Clopper-Pearson interval. A win of a joint
/// bid counts for every member.</summary>
/// <param name="Regime">Mode label: <c>timeline</c> or a regime id.</param>
/// <param name="Project">Project id.</param>
/// <param name="Region">Region id.</param>
/// <param name="Wins">Replications in which the region was among the winners.</param>
/// <param name="Replications">Replications run.</param>
/// <param name="Probability">Wins / replications.</param>
/// <param name="CiLow">Lower bound of the 95 % interval.</param>
/// <param name="CiHigh">Upper bound of the 95 % interval.</param>
public sealed record WinProbability(string Regime, string Project, string Region, long Wins, long Replications, double Probability, double CiLow, double CiHigh);
