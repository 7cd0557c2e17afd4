namespace Simulation.Core.Clusters;

/// <summary>Logit coefficients for starting a region-funded cluster: intercept, scarcity of national support, capacity, regime pressure.</summary>
/// <param name="Intercept">Intercept.</param>
/// <param name="Scarcity">Coefficient on the scarcity of national resources received so far (−1..1).</param>
/// <param name="Capacity">Coefficient on the region's capacity.</param>
/// <param name="SelfHelpPressure">Coefficient on the regime's self-help pressure.</param>
public sealed record StartCoefficients(double Intercept, double Scarcity, double Capacity, double SelfHelpPressure);

/// <summary>Logit coefficients for a running cluster stalling in a year.</summary>
/// <param name="Intercept">Intercept.</param>
/// <param name="Capacity">Coefficient on the region's capacity.</param>
/// <param name="GrantShare">Coefficient on the national grant share of the yearly cost.</param>
/// <param name="BudgetStrain">Coefficient on the region's own yearly payment over its yearly budget.</param>
public sealed record StallCoefficients(double Intercept, double Capacity, double GrantShare, double BudgetStrain);
