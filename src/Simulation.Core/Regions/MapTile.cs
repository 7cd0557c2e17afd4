namespace Simulation.Core.Regions;

/// <summary>
/// Where a region's square sits on a schematic tile map, roughly as the region lies: maps of results are drawn from the
/// scenario's own data, so a region a scenario adds or renames keeps its place. Presentation only; the model never reads it.
/// </summary>
/// <param name="Column">Column, counted from 0 in the west.</param>
/// <param name="Row">Row, counted from 0 in the north.</param>
public sealed record MapTile(int Column, int Row);
