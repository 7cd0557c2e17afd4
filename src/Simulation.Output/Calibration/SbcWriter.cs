using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;
using Simulation.Output.Csv;

namespace Simulation.Output.Calibration;

/// <summary>Writes a simulation-based calibration: <c>sbc.csv</c> (one PIT per synthetic record and parameter),
/// <c>sbc_summary.csv</c> (each parameter's χ² and p-value) and <c>plots/sbc</c> (PNG and SVG).</summary>
public static class SbcWriter
{
    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative.</summary>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<SbcParameter> parameters)
    {
        using (var csv = CsvSettings.Open(Path.Combine(directory, "sbc.csv")))
        {
            foreach (var h in new[] { "record", "parameter", "pit" })
            {
                csv.WriteField(h);
            }
            csv.EndRecord();
            var records = parameters.Count > 0 ? parameters[0].Pits.Count : 0;
            for (var s = 0; s < records; s++)
            {
                foreach (var p in parameters)
                {
                    csv.WriteField(s);
                    csv.WriteField(p.Prior.Name);
                    CsvSettings.WriteDouble(csv, p.Pits[s]);
                    csv.EndRecord();
                }
            }
        }
        using (var csv = CsvSettings.Open(Path.Combine(directory, "sbc_summary.csv")))
        {
            foreach (var h in new[] { "parameter", "path", "chi_square", "p_value" })
            {
                csv.WriteField(h);
            }
            csv.EndRecord();
            foreach (var p in parameters)
            {
                csv.WriteField(p.Prior.Name);
                csv.WriteField(p.Prior.Path.Text);
                CsvSettings.WriteDouble(csv, p.ChiSquare);
                CsvSettings.WriteDouble(csv, p.PValue);
                csv.EndRecord();
            }
        }
        var plots = Path.Combine(directory, "plots");
        Directory.CreateDirectory(plots);
        ChartWriter.Save(SbcChart.Create(parameters), Path.Combine(plots, "sbc"));
        return ["plots/sbc.png", "plots/sbc.svg", "sbc.csv", "sbc_summary.csv"];
    }
}
