using Simulation.Core.Regions;

namespace Simulation.Output.Charts;

/// <summary>One region on a <see cref="TileMap"/>, placed where its scenario puts it, so a scenario's own regions keep their
/// place whatever they are called.</summary>
/// <param name="Id">Region id, for example <c>seoul</c>.</param>
/// <param name="Name">Display name; the part before any bracket is printed on the tile, the whole name in its tooltip.</param>
/// <param name="Tile">Where the tile goes (the scenario's <c>tile</c>); null puts it in a row below the placed ones.</param>
/// <param name="Value">The value the tile's colour shows; NaN draws a grey tile marked "no value".</param>
/// <param name="Mark">A short note printed at the foot of the tile, which is then outlined (for example "★ won"); null for none.</param>
public sealed record TileMapRegion(string Id, string Name, MapTile? Tile, double Value, string? Mark = null);
