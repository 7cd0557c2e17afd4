using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;
using Simulation.Output.Tables;

namespace Simulation.Output.Calibration;

/// <summary>Writes a simulation-based calibration: <c>sbc.csv</c> (one PIT per synthetic record and parameter),
/// <c>sbc_summary.csv</c> (each parameter's χ² and p-value), as CSV, Parquet or both, and <c>plots/sbc</c> (PNG and SVG).</summary>
public static class SbcWriter
{
    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative.</summary>
    /// <param name="directory">The calibration folder.</param>
    /// <param name="parameters">Each parameter's PITs and uniformity test.</param>
    /// <param name="tables">The tables' format and the provenance of the Parquet files [default: CSV only].</param>
    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<SbcParameter> parameters, TableWriter? tables = null)
    {
        tables ??= TableWriter.CsvOnly;
        var records = parameters.Count > 0 ? parameters[0].Pits.Count : 0;
        var pits = Enumerable.Range(0, records).SelectMany(s => parameters.Select(p => new SbcPit(s, p))).ToList();
        var files = new List<string>();
        files.AddRange(tables.Write(directory, "sbc", CalibrationTables.SbcPits, pits));
        files.AddRange(tables.Write(directory, "sbc_summary", CalibrationTables.SbcSummary, parameters));
        var plots = Path.Combine(directory, "plots");
        Directory.CreateDirectory(plots);
        ChartWriter.Save(SbcChart.Create(parameters), Path.Combine(plots, "sbc"));
        files.AddRange(["plots/sbc.png", "plots/sbc.svg"]);
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
