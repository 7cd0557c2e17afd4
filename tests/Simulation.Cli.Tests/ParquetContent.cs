using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>A Parquet file as the independent reader read it: key-value metadata, column names, column types as
/// <see cref="ParquetTwin"/> names them, rows (JSON values as <c>scripts/parquet/read.mjs</c> prints them) and each column's
/// repetition (<c>REQUIRED</c>, or <c>OPTIONAL</c> for a column that may hold nulls).</summary>
internal sealed record ParquetContent(IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<string> Columns, IReadOnlyList<string> Types,
    IReadOnlyList<JsonElement[]> Rows, IReadOnlyList<string?> Repetitions);
