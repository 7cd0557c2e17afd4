namespace Simulation.Core.Regions;

/// <summary>
/// A named, measured property of every region (population, GRDP per capita, vote share...). Declared in
/// the scenario, so a new attribute needs no code: criteria and indices refer to it by id.
/// </summary>
/// <param name="Id">Identifier used by criteria and indices.</param>
/// <param name="Unit">Unit of the values, for reports.</param>
public sealed record RegionAttribute(string Id, string Unit);
