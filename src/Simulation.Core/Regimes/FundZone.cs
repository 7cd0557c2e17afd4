namespace Simulation.Core.Regimes;

/// <summary>A group of regions that receives a fixed share of a regime's fund, as the Lee era's "5+2" large economic zones
/// did (paper §4.2); within the zone the share is split by the regime's allocation rule.</summary>
/// <param name="Id">Identifier, for example <c>dongnam</c>.</param>
/// <param name="Members">Indices of the member regions.</param>
/// <param name="Share">Share of the fund that goes to the zone (the shares of a policy's zones add up to one).</param>
public sealed record FundZone(string Id, IReadOnlyList<int> Members, double Share);
