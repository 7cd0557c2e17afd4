using Simulation.Core.Regions;

namespace Simulation.Output.Charts;

// Where each tile and the legend go. Regions sit where the scenario places them (a region's tile: column west to east, row
// north to south); regions without a place go in rows below the placed ones, in the order given, so none is dropped. The
// legend takes the free columns right of the last placed row's easternmost tile when there are enough (in the baseline,
// beside Jeju, which lies apart in the sea), otherwise a row of its own at the bottom. The legend's row and the rows below
// it are set apart from the map by a gap.
internal sealed class TileMapLayout
{
    // The fewest columns a map has, so that a map of few regions still has room for its legend.
    private const int MinColumns = 4;

    // Columns the legend's bar and its two end values need.
    private const int LegendColumns = 3;

    private TileMapLayout(IReadOnlyList<(int Column, int Row)> cells, int columns, int rows, (int Column, int Row) legend)
    {
        Cells = cells;
        Columns = columns;
        Rows = rows;
        Legend = legend;
    }

    // Every region's cell, in the order given.
    public IReadOnlyList<(int Column, int Row)> Cells { get; }

    public int Columns { get; }

    public int Rows { get; }

    // The cell the legend starts in; it runs to the map's east edge.
    public (int Column, int Row) Legend { get; }

    // Throws ArgumentException for a place off the map's west or north edge or two regions on one square (a scenario's
    // loader refuses both, naming the region; a caller building tiles itself learns it here rather than from a broken map).
    public static TileMapLayout Place(IReadOnlyList<MapTile?> tiles)
    {
        var placed = tiles.OfType<MapTile>().ToList();
        if (placed.FirstOrDefault(t => t.Column < 0 || t.Row < 0) is { } outside)
        {
            throw new ArgumentException($"a tile at column {outside.Column}, row {outside.Row} lies off the map (both count from 0)", nameof(tiles));
        }
        if (placed.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            throw new ArgumentException($"two regions are placed at column {shared.Key.Column}, row {shared.Key.Row}", nameof(tiles));
        }
        var columns = Math.Max(MinColumns, placed.Count == 0 ? 0 : placed.Max(t => t.Column) + 1);
        var placedRows = placed.Count == 0 ? 0 : placed.Max(t => t.Row) + 1;
        var unplaced = tiles.Count - placed.Count;
        var belowRows = (unplaced + columns - 1) / columns;
        var eastmost = placedRows == 0 ? columns : placed.Where(t => t.Row == placedRows - 1).Max(t => t.Column);
        var legend = columns - (eastmost + 1) >= LegendColumns
            ? (eastmost + 1, placedRows - 1)
            : (0, placedRows + belowRows);
        var cells = new List<(int Column, int Row)>(tiles.Count);
        var others = 0;
        foreach (var tile in tiles)
        {
            cells.Add(tile is null ? (others % columns, placedRows + (others++ / columns)) : (tile.Column, tile.Row));
        }
        return new TileMapLayout(cells, columns, Math.Max(placedRows + belowRows, legend.Item2 + 1), legend);
    }
}
