using System.Text.Json.Serialization;

namespace Simulation.Output.Tables;

/// <summary>The type of a result table's column, as CSV text and as Parquet's physical and logical type; in a manifest's
/// column list (<see cref="RunManifest.OutcomeColumns"/>) by the lower-case name each member gives.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnType>))]
public enum ColumnType
{
    /// <summary>Text: a CSV field quoted where needed; Parquet BYTE_ARRAY annotated UTF8.</summary>
    [JsonStringEnumMemberName("string")]
    String,

    /// <summary>A whole number (a count, an index or a seed): Parquet INT64 with the logical type INTEGER(64, signed). It is
    /// the one integer type of every table, so a column such as <c>replications</c> reads as the same type from every file,
    /// and the widest: counts of replications may pass 2^31, and seeds, at most 2^63 − 1, fit it as they are.</summary>
    [JsonStringEnumMemberName("int64")]
    Int64,

    /// <summary>A double: round-trip text in CSV (an empty field for NaN, no value); Parquet optional DOUBLE, stored exactly,
    /// with null where the CSV field is empty (so SQL and Arrow readers see a missing value, not a NaN).</summary>
    [JsonStringEnumMemberName("double")]
    Double,

    /// <summary>A boolean: <c>true</c> or <c>false</c> in CSV; Parquet BOOLEAN.</summary>
    [JsonStringEnumMemberName("boolean")]
    Boolean,
}
