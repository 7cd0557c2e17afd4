namespace Simulation.Output.Tables;

/// <summary>The type of a result table's column, as CSV text and as Parquet's physical and logical type.</summary>
public enum ColumnType
{
    /// <summary>Text: a CSV field quoted where needed; Parquet BYTE_ARRAY annotated UTF8.</summary>
    String,

    /// <summary>A whole number (a count, an index or a seed): Parquet INT64, signed and without annotation. It is the one
    /// integer type of every table, so a column such as <c>replications</c> reads as the same type from every file, and the
    /// widest: counts of replications may pass 2^31, and seeds, at most 2^63 − 1, fit it as they are.</summary>
    Int64,

    /// <summary>A double: round-trip text in CSV (an empty field for NaN, no value); Parquet DOUBLE, stored exactly (NaN kept).</summary>
    Double,

    /// <summary>A boolean: <c>true</c> or <c>false</c> in CSV; Parquet BOOLEAN.</summary>
    Boolean,
}
