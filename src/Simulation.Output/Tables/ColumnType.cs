namespace Simulation.Output.Tables;

/// <summary>The type of a result table's column, as CSV text and as Parquet's physical and logical type.</summary>
public enum ColumnType
{
    /// <summary>Text: a CSV field quoted where needed; Parquet BYTE_ARRAY annotated UTF8.</summary>
    String,

    /// <summary>A 32-bit integer: Parquet INT32.</summary>
    Int32,

    /// <summary>A 64-bit integer: Parquet INT64.</summary>
    Int64,

    /// <summary>An unsigned 64-bit integer (seeds): Parquet INT64 annotated as unsigned (UINT_64).</summary>
    UInt64,

    /// <summary>A double: round-trip text in CSV (an empty field for NaN, no value); Parquet DOUBLE, stored exactly (NaN kept).</summary>
    Double,

    /// <summary>A boolean: <c>true</c> or <c>false</c> in CSV; Parquet BOOLEAN.</summary>
    Boolean,
}
