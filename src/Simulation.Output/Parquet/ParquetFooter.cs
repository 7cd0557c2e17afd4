namespace Simulation.Output.Parquet;

/// <summary>What a Parquet file says about itself without its data being read: its columns, rows and key-value metadata.</summary>
/// <param name="Columns">Column names, in order.</param>
/// <param name="Rows">Rows in the file.</param>
/// <param name="Metadata">The key-value metadata (provenance).</param>
public sealed record ParquetFooter(IReadOnlyList<string> Columns, long Rows, IReadOnlyDictionary<string, string> Metadata);
