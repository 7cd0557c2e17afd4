namespace Simulation.Output.Tables;

/// <summary>One column of a result table: its name, its type and how its value is read from a row.</summary>
/// <typeparam name="TRow">The row record.</typeparam>
public sealed class TableColumn<TRow>
{
    private readonly Delegate _read;

    internal TableColumn(string name, ColumnType type, Delegate read)
    {
        Name = name;
        Type = type;
        _read = read;
    }

    /// <summary>The column's name, as in the CSV header and the Parquet schema.</summary>
    public string Name { get; }

    /// <summary>The column's type.</summary>
    public ColumnType Type { get; }

    /// <summary>Returns the function that reads the column's value from a row; <typeparamref name="T"/> is the .NET type of
    /// <see cref="Type"/> (<c>string</c>, <c>long</c>, <c>double</c>, <c>bool</c>).</summary>
    internal Func<TRow, T> Reader<T>() => (Func<TRow, T>)_read;
}
