using Parquet;
using Parquet.Schema;
using Simulation.Output.Tables;

namespace Simulation.Output.Parquet;

/// <summary>
/// Writes the rows of a <see cref="TableSchema{TRow}"/> as a Parquet file (Parquet.Net): one typed column per schema column
/// (strings as UTF8, whole numbers as INT64, doubles as optional DOUBLE stored exactly with null where the CSV field is
/// empty, booleans as BOOLEAN), rows in the order given, in row groups of <see cref="RowsPerGroup"/> rows, and the provenance
/// in the file's key-value metadata, so a data frame loaded from the file still says where it came from.
/// </summary>
public static class ParquetTable
{
    /// <summary>Rows per row group: a group's columns are built in memory, so a long table does not need all of it at once.</summary>
    public const int RowsPerGroup = 65_536;

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>, replacing it. The file is written under a hidden
    /// name beside it and renamed when complete, so a reader of the folder (a dataset of parts) never sees half a file.</summary>
    public static void Write<TRow>(string path, TableSchema<TRow> schema, IReadOnlyList<TRow> rows, IReadOnlyDictionary<string, string> metadata)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".partial");
        var fields = schema.Columns.Select(Field).ToArray();
        Task.Run(async () =>
        {
            await using (var stream = File.Create(temporary))
            {
                await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
                writer.CustomMetadata = metadata.ToDictionary(p => p.Key, p => p.Value);
                for (var start = 0; start < rows.Count; start += RowsPerGroup)
                {
                    var count = Math.Min(RowsPerGroup, rows.Count - start);
                    using var group = writer.CreateRowGroup();
                    for (var c = 0; c < fields.Length; c++)
                    {
                        await WriteColumn(group, fields[c], schema.Columns[c], rows, start, count);
                    }
                }
            }
        }).GetAwaiter().GetResult();
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Returns the columns, row count and key-value metadata of the Parquet file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a Parquet file, or a damaged one.</exception>
    public static ParquetFooter ReadFooter(string path)
    {
        try
        {
            return Task.Run(async () =>
            {
                await using var reader = await ParquetReader.CreateAsync(path);
                return new ParquetFooter([.. reader.Schema.GetDataFields().Select(f => f.Name)], reader.Metadata?.NumRows ?? 0,
                    reader.CustomMetadata.ToDictionary(p => p.Key, p => p.Value));
            }).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ParquetException or global::Parquet.Meta.Proto.ThriftProtocolException or IOException and not FileNotFoundException)
        {
            throw new InvalidDataException($"'{path}' is not a readable Parquet file: {e.Message}", e);
        }
    }

    private static DataField Field<TRow>(TableColumn<TRow> column) => column.Type switch
    {
        ColumnType.String => new DataField<string>(column.Name),
        ColumnType.Int64 => new DataField<long>(column.Name),
        ColumnType.Double => new DataField<double?>(column.Name), // optional: a missing value is null, as SQL and Arrow readers expect
        ColumnType.Boolean => new DataField<bool>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "not a column type"),
    };

    private static Task WriteColumn<TRow>(ParquetRowGroupWriter group, DataField field, TableColumn<TRow> column, IReadOnlyList<TRow> rows, int start, int count) =>
        column.Type switch
        {
            ColumnType.String => group.WriteAsync(field, Values(column.Reader<string>(), rows, start, count)),
            ColumnType.Int64 => group.WriteAsync<long>(field, Values(column.Reader<long>(), rows, start, count)),
            ColumnType.Double => group.WriteAsync<double>(field, (ReadOnlyMemory<double?>)Missing(Values(column.Reader<double>(), rows, start, count))),
            ColumnType.Boolean => group.WriteAsync<bool>(field, Values(column.Reader<bool>(), rows, start, count)),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "not a column type"),
        };

    /// <summary>Returns <paramref name="values"/> with NaN, a value CSV writes as an empty field, as null: a Parquet reader
    /// then sees no value (DuckDB's <c>avg</c> skips it, R's arrow reads NA), not a NaN that turns every sum into NaN.</summary>
    internal static double?[] Missing(double[] values) => Missing(values, new double?[values.Length], values.Length);

    /// <summary>Fills the first <paramref name="count"/> places of <paramref name="into"/> with <paramref name="values"/>,
    /// NaN as null, and returns it.</summary>
    internal static double?[] Missing(double[] values, double?[] into, int count)
    {
        for (var i = 0; i < count; i++)
        {
            into[i] = double.IsNaN(values[i]) ? null : values[i];
        }
        return into;
    }

    private static T[] Values<TRow, T>(Func<TRow, T> read, IReadOnlyList<TRow> rows, int start, int count)
    {
        var values = new T[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = read(rows[start + i]);
        }
        return values;
    }
}
