using Simulation.Experiments;
using Simulation.Experiments.Sensitivity;
using Simulation.Output.Charts;
using Simulation.Output.Tables;

namespace Simulation.Output.Sensitivity;

/// <summary>Writes a sensitivity study's <c>sensitivity.csv</c> (one index per row; or its Parquet twin, or both) and one bar
/// plot per output that has an index defined.</summary>
public static class SensitivityWriter
{
    /// <summary>Whether a file of a study folder (relative, '/' separators) is named like one the study's results write, and
    /// so would be written over: <c>sensitivity.csv</c>, its Parquet twin and the plots.</summary>
    public static bool IsResultFile(string relative) =>
        relative is "sensitivity.csv" or "sensitivity.parquet" || relative.StartsWith("plots/", StringComparison.Ordinal);

    // The columns of sensitivity.csv: one index per row.
    private static readonly TableSchema<SensitivityRow> Indices = new TableSchema<SensitivityRow>()
        .String("method", r => SensitivityIndexes.Name(r.Method))
        .String("output", r => r.Output)
        .String("regime", r => r.Regime)
        .String("factor", r => r.Factor)
        .String("index", r => SensitivityIndexes.Name(r.Index))
        .Double("value", r => r.Value)
        .Double("ci_low", r => r.CiLow)
        .Double("ci_high", r => r.CiHigh);

    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative, sorted.</summary>
    /// <param name="directory">Results folder.</param>
    /// <param name="rows">The study's indices.</param>
    /// <param name="catalogue">How the studied regime mode is named in the plot titles.</param>
    /// <param name="tables">The table's format (CSV, Parquet or both) and the provenance of the Parquet file [default: CSV only].</param>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<SensitivityRow> rows, ModeCatalogue catalogue, TableWriter? tables = null)
    {
        var files = (tables ?? TableWriter.CsvOnly).Write(directory, "sensitivity", Indices, rows).ToList();
        Directory.CreateDirectory(Path.Combine(directory, "plots"));
        // An output none of whose indices is defined (it did not vary) has nothing to draw.
        var undefined = SensitivityIndexes.Undefined(rows);
        foreach (var output in rows.GroupBy(r => r.Output).Where(o => !undefined.Contains(o.Key)))
        {
            var name = $"sensitivity_{output.Key}";
            ChartWriter.Save(SensitivityChart.Create(output.ToList(), catalogue), Path.Combine(directory, "plots", name));
            files.AddRange([$"plots/{name}.png", $"plots/{name}.svg"]);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
