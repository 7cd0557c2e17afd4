namespace Simulation.Core.Clusters;

/// <summary>
/// Rules for clusters a region funds itself when national support is scarce (Technopolis and
/// Free-Economic-Zone style, paper §4.2): cost, duration, and the logit models of starting and stalling.
/// </summary>
/// <param name="CostBillionWon">Total cost of a spontaneous cluster, ₩ billion.</param>
/// <param name="DurationYears">Years of construction.</param>
/// <param name="Start">Start decision coefficients.</param>
/// <param name="Stall">Yearly stall coefficients.</param>
/// <param name="CapacityGainOnCompletion">Capacity added when a cluster is completed.</param>
/// <param name="Planned">Clusters that start in a given year for certain.</param>
public sealed record OwnClusterRules(
    double CostBillionWon,
    int DurationYears,
    StartCoefficients Start,
    StallCoefficients Stall,
    double CapacityGainOnCompletion,
    IReadOnlyList<PlannedCluster> Planned);
