namespace Simulation.Output;

/// <summary>Which files a command writes its tables as: CSV (the default, for spreadsheets), Parquet (typed columns, for
/// pandas, R's arrow, DuckDB), or both.</summary>
public enum OutputFormat
{
    /// <summary>CSV only.</summary>
    Csv,

    /// <summary>Parquet only.</summary>
    Parquet,

    /// <summary>CSV and Parquet side by side.</summary>
    Both,
}
