namespace Simulation.Output.Charts;

// Where each of Korea's sixteen regions sits on the tile map: column (west to east) and row (north to south), roughly as on
// a map. The Capital Region across the top, Gangwon north-east, the Chungcheong provinces and Daejeon in the middle, the
// Jeolla provinces and Gwangju south-west, the Gyeongsang provinces with Daegu, Ulsan and Busan south-east, and Jeju apart
// in the sea. Other regions (a scenario may add its own) go in rows below, in the order given.
internal static class TileMapLayout
{
    public const int Columns = 4;

    // The sea row: Jeju, with the legend beside it.
    public const int SeaRow = 4;

    private static readonly Dictionary<string, (int Column, int Row)> Places = new(StringComparer.Ordinal)
    {
        ["incheon"] = (0, 0),
        ["seoul"] = (1, 0),
        ["gyeonggi"] = (2, 0),
        ["gangwon"] = (3, 0),
        ["chungnam"] = (0, 1),
        ["daejeon"] = (1, 1),
        ["chungbuk"] = (2, 1),
        ["gyeongbuk"] = (3, 1),
        ["jeonbuk"] = (0, 2),
        ["gyeongnam"] = (1, 2),
        ["daegu"] = (2, 2),
        ["ulsan"] = (3, 2),
        ["gwangju"] = (0, 3),
        ["jeonnam"] = (1, 3),
        ["busan"] = (2, 3),
        ["jeju"] = (0, SeaRow),
    };

    // Returns every region's cell, and how many rows the map needs.
    public static (List<(int Column, int Row)> Cells, int Rows) Place(IReadOnlyList<string> ids)
    {
        var cells = new List<(int Column, int Row)>(ids.Count);
        var taken = new HashSet<(int, int)>();
        var others = 0;
        var rows = SeaRow + 1;
        foreach (var id in ids)
        {
            if (Places.TryGetValue(id, out var place) && taken.Add(place))
            {
                cells.Add(place);
                continue;
            }
            var cell = (others % Columns, SeaRow + 1 + (others / Columns));
            others++;
            cells.Add(cell);
            rows = Math.Max(rows, cell.Item2 + 1);
        }
        return (cells, rows);
    }
}
