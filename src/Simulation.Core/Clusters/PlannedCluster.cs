namespace Simulation.Core.Clusters;

/// <summary>A region-funded cluster known to have started, such as Daegu Technopolis in 2006 (paper §4.2).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Region">Index of the region that funds it.</param>
/// <param name="StartYear">Year it starts, for certain.</param>
/// <param name="CostBillionWon">Total cost, ₩ billion.</param>
/// <param name="DurationYears">Years of construction.</param>
public sealed record PlannedCluster(string Id, int Region, int StartYear, double CostBillionWon, int DurationYears);
