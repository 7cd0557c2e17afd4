namespace Simulation.Core.Regions;

/// <summary>
/// The fixed description of one first-tier regional government (metropolitan city or province):
/// what it is, not what it does. Its evolving state lives in <see cref="Agents.RegionalGovernment"/>.
/// </summary>
/// <param name="Id">Identifier, for example <c>daegu</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="CapitalRegion">True for Seoul, Incheon and Gyeonggi (regions.md §1).</param>
/// <param name="Neighbours">Indices of the regions it shares a land border with.</param>
/// <param name="Values">Attribute values, indexed like <see cref="Scenario.Attributes"/>.</param>
/// <param name="Tile">Its place on a tile map of results; null when the scenario gives none (drawn below the placed ones).</param>
public sealed record Region(
    string Id,
    string Name,
    bool CapitalRegion,
    IReadOnlyList<int> Neighbours,
    IReadOnlyList<double> Values,
    MapTile? Tile = null);
