using Parquet;
using Parquet.Schema;

namespace Simulation.Application.Tests.Sweeps;

/// <summary>A Parquet file read back value by value (Parquet.Net), to compare the tables sweeps leave.</summary>
/// <param name="Columns">Column names in order.</param>
/// <param name="Rows">Every row, its values in column order (boxed, so NaN equals NaN; no value is null).</param>
/// <param name="Metadata">The file's key-value metadata.</param>
internal sealed record ParquetRows(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyDictionary<string, string> Metadata)
{
    public static ParquetRows Read(string path) => Task.Run(async () =>
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<object?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new List<object?[]>();
            foreach (var field in fields)
            {
                columns.Add(await Column(group, field, count));
            }
            for (var r = 0; r < count; r++)
            {
                rows.Add([.. columns.Select(c => c[r])]);
            }
        }
        return new ParquetRows([.. fields.Select(f => f.Name)], rows, reader.CustomMetadata.ToDictionary(p => p.Key, p => p.Value));
    }).GetAwaiter().GetResult();

    // The column's values boxed, for the types regsim writes.
    private static async Task<object?[]> Column(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>)) // text, as this version of Parquet.Net names it
        {
            var text = new string?[count];
            await group.ReadAsync(field, text.AsMemory());
            return text;
        }
        return field.ClrType == typeof(int) ? await Values<int>(group, field, count)
            : field.ClrType == typeof(long) ? await Values<long>(group, field, count)
            : field.ClrType == typeof(ulong) ? await Values<ulong>(group, field, count)
            : field.ClrType == typeof(double) ? await Values<double>(group, field, count)
            : field.ClrType == typeof(bool) ? await Values<bool>(group, field, count)
            : throw new NotSupportedException($"{field.Name}: {field.ClrType}");
    }

    // A column that may hold nulls (every double column: null where the CSV field is empty) is read as such, null as null.
    private static async Task<object?[]> Values<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        if (field.IsNullable)
        {
            var optional = new T?[count];
            await group.ReadAsync<T>(field, optional.AsMemory());
            return [.. optional.Select(v => (object?)v)];
        }
        var values = new T[count];
        await group.ReadAsync<T>(field, values.AsMemory());
        return [.. values.Select(v => (object?)v)];
    }
}
