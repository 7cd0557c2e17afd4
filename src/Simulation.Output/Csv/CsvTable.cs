using CsvHelper;
using Simulation.Output.Tables;

namespace Simulation.Output.Csv;

/// <summary>Writes the rows of a <see cref="TableSchema{TRow}"/> as CSV in the toolkit's dialect (<see cref="CsvSettings"/>):
/// the header, then one line per row; text quoted where needed, numbers invariant, doubles round-trip with NaN as an empty field.</summary>
internal static class CsvTable
{
    public static void Write<TRow>(string path, TableSchema<TRow> schema, IEnumerable<TRow> rows)
    {
        using var csv = CsvSettings.Open(path);
        foreach (var column in schema.Columns)
        {
            csv.WriteField(column.Name);
        }
        csv.EndRecord();
        var fields = schema.Columns.Select(Field).ToArray();
        foreach (var row in rows)
        {
            foreach (var field in fields)
            {
                field(csv, row);
            }
            csv.EndRecord();
        }
    }

    private static Action<CsvWriter, TRow> Field<TRow>(TableColumn<TRow> column)
    {
        switch (column.Type)
        {
            case ColumnType.String:
                var text = column.Reader<string>();
                return (csv, row) => csv.WriteField(text(row));
            case ColumnType.Int64:
                var int64 = column.Reader<long>();
                return (csv, row) => csv.WriteField(int64(row), ReadOnlySpan<char>.Empty);
            case ColumnType.Double:
                var number = column.Reader<double>();
                return (csv, row) => CsvSettings.WriteDouble(csv, number(row));
            case ColumnType.Boolean:
                var flag = column.Reader<bool>();
                return (csv, row) => csv.WriteField(flag(row) ? "true" : "false");
            default:
                throw new ArgumentOutOfRangeException(nameof(column), column.Type, "not a column type");
        }
    }
}
