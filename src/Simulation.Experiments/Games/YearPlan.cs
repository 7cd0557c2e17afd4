namespace Simulation.Experiments.Games;

/// <summary>The regimes a game applied in one year: the one that opened it (fund, designations, clusters) and the one that
/// judged each competition. Replaying these plans lets the model play the same game alone, for comparison.</summary>
/// <param name="Year">The year.</param>
/// <param name="OpeningRegime">Index of the regime that opened the year.</param>
/// <param name="Competitions">(project index, judging regime index) in the order they were held.</param>
public sealed record YearPlan(int Year, int OpeningRegime, IReadOnlyList<(int Project, int Regime)> Competitions);
