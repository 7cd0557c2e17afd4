namespace Simulation.Output;

/// <summary>The file a table was written to in a format, for messages that send the user to it ("19 more in
/// comparison.parquet"): the CSV when there is one, else the Parquet file.</summary>
public static class TableFileName
{
    /// <summary>Returns <paramref name="table"/>'s file name in <paramref name="format"/>.</summary>
    public static string Of(string table, OutputFormat format) => format == OutputFormat.Parquet ? $"{table}.parquet" : $"{table}.csv";
}
