namespace Simulation.Output.Tables;

/// <summary>
/// The columns of a result table, in order: each a name, a type and how it is read from a row record. One schema gives
/// both the CSV file (<see cref="Csv.CsvTable"/>) and its Parquet twin (<see cref="Parquet.ParquetTable"/>), so the two
/// always have the same columns in the same order; <see cref="TableWriter"/> writes the ones a command's format asks for.
/// </summary>
/// <typeparam name="TRow">The row record.</typeparam>
public sealed class TableSchema<TRow>
{
    private readonly List<TableColumn<TRow>> _columns = [];

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<TableColumn<TRow>> Columns => _columns;

    /// <summary>The column names, in order.</summary>
    public IEnumerable<string> Names => _columns.Select(c => c.Name);

    /// <summary>Adds a text column.</summary>
    public TableSchema<TRow> String(string name, Func<TRow, string> read) => Add(name, ColumnType.String, read);

    /// <summary>Adds a whole-number column: a count, an index or a seed, all one type (<see cref="ColumnType.Int64"/>).</summary>
    public TableSchema<TRow> Int64(string name, Func<TRow, long> read) => Add(name, ColumnType.Int64, read);

    /// <summary>Adds a double column (NaN for no value: an empty CSV field, a Parquet null).</summary>
    public TableSchema<TRow> Double(string name, Func<TRow, double> read) => Add(name, ColumnType.Double, read);

    /// <summary>Adds one double column per name, the k-th read by <paramref name="read"/>(row, k): the columns of a wide
    /// table that has one per factor, parameter or metric.</summary>
    public TableSchema<TRow> Doubles(IEnumerable<string> names, Func<TRow, int, double> read)
    {
        var k = 0;
        foreach (var name in names)
        {
            var index = k++;
            Double(name, row => read(row, index));
        }
        return this;
    }

    /// <summary>Adds a boolean column.</summary>
    public TableSchema<TRow> Boolean(string name, Func<TRow, bool> read) => Add(name, ColumnType.Boolean, read);

    private TableSchema<TRow> Add(string name, ColumnType type, Delegate read)
    {
        if (_columns.Any(c => c.Name == name))
        {
            throw new ArgumentException($"The table already has a column '{name}'.", nameof(name));
        }
        _columns.Add(new TableColumn<TRow>(name, type, read));
        return this;
    }
}
