using Simulation.Output.Csv;
using Simulation.Output.Parquet;

namespace Simulation.Output.Tables;

/// <summary>
/// Writes a command's result tables in the format it was asked for: <c>NAME.csv</c>, <c>NAME.parquet</c> (with the
/// command's provenance in its key-value metadata) or both, each from one <see cref="TableSchema{TRow}"/>, so the two files
/// have the same columns and rows in the same order.
/// </summary>
/// <param name="format">CSV, Parquet or both.</param>
/// <param name="metadata">Provenance written into each Parquet file's key-value metadata (tool version, input hashes, seed, ...).</param>
public sealed class TableWriter(OutputFormat format, IReadOnlyDictionary<string, string> metadata)
{
    /// <summary>A writer of CSV files only, with no provenance: the default of every command.</summary>
    public static TableWriter CsvOnly { get; } = new(OutputFormat.Csv, new Dictionary<string, string>());

    /// <summary>The format asked for.</summary>
    public OutputFormat Format { get; } = format;

    /// <summary>The provenance written into each Parquet file.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;

    /// <summary>Whether the format asks for CSV files.</summary>
    public bool WritesCsv => Format != OutputFormat.Parquet;

    /// <summary>Whether the format asks for Parquet files.</summary>
    public bool WritesParquet => Format != OutputFormat.Csv;

    /// <summary>Writes the table <paramref name="name"/> (a path relative to <paramref name="directory"/>, '/' between
    /// folders, without extension) as the format asks and returns the files written, relative, with '/' separators.</summary>
    public IReadOnlyList<string> Write<TRow>(string directory, string name, TableSchema<TRow> schema, IReadOnlyList<TRow> rows)
    {
        var files = new List<string>();
        if (WritesCsv)
        {
            CsvTable.Write(Path.Combine(directory, name + ".csv"), schema, rows);
            files.Add(name + ".csv");
        }
        files.AddRange(ParquetTwin(directory, name, schema, rows));
        return files;
    }

    /// <summary>Writes <c>NAME.parquet</c> when the format asks for Parquet, and returns it (or nothing): the twin of a CSV
    /// file written elsewhere, such as a journal a command appends to and resumes from, which stays CSV in every format.</summary>
    public IReadOnlyList<string> ParquetTwin<TRow>(string directory, string name, TableSchema<TRow> schema, IReadOnlyList<TRow> rows)
    {
        if (!WritesParquet)
        {
            return [];
        }
        ParquetTable.Write(Path.Combine(directory, name + ".parquet"), schema, rows, Metadata);
        return [name + ".parquet"];
    }
}
