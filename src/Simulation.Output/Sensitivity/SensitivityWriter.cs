using Simulation.Experiments;
using Simulation.Experiments.Sensitivity;
using Simulation.Output.Charts;
using Simulation.Output.Csv;

namespace Simulation.Output.Sensitivity;

/// <summary>Writes a sensitivity study's <c>sensitivity.csv</c> (one index per row) and one bar plot per output.</summary>
public static class SensitivityWriter
{
    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative, sorted.</summary>
    /// <param name="directory">Results folder.</param>
    /// <param name="rows">The study's indices.</param>
    /// <param name="catalogue">How the studied regime mode is named in the plot titles.</param>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<SensitivityRow> rows, ModeCatalogue catalogue)
    {
        using (var csv = CsvSettings.Open(Path.Combine(directory, "sensitivity.csv")))
        {
            foreach (var header in new[] { "method", "output", "regime", "factor", "index", "value", "ci_low", "ci_high" })
            {
                csv.WriteField(header);
            }
            csv.EndRecord();
            foreach (var row in rows)
            {
                csv.WriteField(SensitivityIndexes.Name(row.Method));
                csv.WriteField(row.Output);
                csv.WriteField(row.Regime);
                csv.WriteField(row.Factor);
                csv.WriteField(SensitivityIndexes.Name(row.Index));
                CsvSettings.WriteDouble(csv, row.Value);
                CsvSettings.WriteDouble(csv, row.CiLow);
                CsvSettings.WriteDouble(csv, row.CiHigh);
                csv.EndRecord();
            }
        }
        var files = new List<string> { "sensitivity.csv" };
        Directory.CreateDirectory(Path.Combine(directory, "plots"));
        foreach (var output in rows.GroupBy(r => r.Output))
        {
            var name = $"sensitivity_{output.Key}";
            ChartWriter.Save(SensitivityChart.Create(output.ToList(), catalogue), Path.Combine(directory, "plots", name));
            files.AddRange([$"plots/{name}.png", $"plots/{name}.svg"]);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
