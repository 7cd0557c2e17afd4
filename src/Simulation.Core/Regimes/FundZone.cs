namespace Simulation.Core.Regimes;

/// <summary>A group of regions that receives a fixed share of a regime's fund, as the Lee era's "5+2" large economic zones
/// did (paper §4.2); within the zone the share is split by the regime's allocation rule.</summary>
/// <param name="Id">Identifier, for example <c>dongnam</c>.</param>
/// <param name="Members">Indices of the member regions.</param>
/// <param name="Share">The zone's weight in the fund: a policy's zones share the fund in proportion to their weights, which
/// need not add up to one (normalised where the fund is shared out).</param>
public sealed record FundZone(string Id, IReadOnlyList<int> Members, double Share);
