using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;
using Simulation.Output.Tables;

namespace Simulation.Output.Calibration;

/// <summary>
/// Writes what a finished calibration gives, beside its <c>particles.csv</c>: <c>posterior.csv</c> (the particles resampled
/// by likelihood), <c>summary.csv</c> (prior and posterior of each parameter, with how much the record narrows it: the
/// identifiability table), <c>predictive_check.csv</c>, <c>leave_one_out.csv</c> (each as CSV, Parquet or both), the runnable
/// <c>calibrated.json</c>, and the plots: <c>plots/posterior_&lt;parameter&gt;</c>, <c>plots/pairs_&lt;p1&gt;_&lt;p2&gt;</c> (for the six parameters the record can inform that the data narrow most) and
/// <c>plots/predictive_check</c> (PNG and SVG).
/// </summary>
public static class CalibrationWriter
{
    /// <summary>The calibrated scenario's file name.</summary>
    public const string CalibratedName = "calibrated.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        IndentSize = 2,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The tables a finished calibration writes beside its journal (SbcWriter's included), by name without extension.
    private static readonly HashSet<string> ResultTables = new(StringComparer.Ordinal)
    {
        "posterior", "summary", "predictive_check", "leave_one_out", "sbc", "sbc_summary", "calibrated",
    };

    /// <summary>Whether a file of a calibration folder (relative, '/' separators) is named like one a finished calibration
    /// writes, and so would be written over: its tables, the calibrated scenario, <c>particles.parquet</c> and the plots. A
    /// command refuses such a file that no earlier calibration lists (<see cref="ResultsFolder.RefuseReplacing"/>).</summary>
    public static bool IsResultFile(string relative) =>
        relative.StartsWith("plots/", StringComparison.Ordinal)
        || relative == $"{Path.GetFileNameWithoutExtension(ParticleFile.Name)}.parquet"
        || (!relative.Contains('/', StringComparison.Ordinal) && Path.GetExtension(relative) is ".csv" or ".parquet" or ".json"
            && ResultTables.Contains(Path.GetFileNameWithoutExtension(relative)));

    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative, sorted.</summary>
    /// <param name="directory">The calibration folder.</param>
    /// <param name="table">Layout of the particle tables.</param>
    /// <param name="particles">Every particle considered.</param>
    /// <param name="posterior">The posterior sample.</param>
    /// <param name="parameters">Prior and posterior of each parameter.</param>
    /// <param name="predictive">The posterior predictive check.</param>
    /// <param name="leaveOneOut">Each competition predicted by the posterior fitted without it.</param>
    /// <param name="calibrated">The calibrated scenario (an override that extends the original).</param>
    /// <param name="tables">The tables' format (CSV, Parquet or both) and the provenance of the Parquet files [default: CSV only].</param>
    public static IReadOnlyList<string> Write(string directory, ParticleTable table, IReadOnlyList<Particle> particles, RecordPosterior posterior,
        IReadOnlyList<PosteriorParameter> parameters, IReadOnlyList<PredictiveCheckRow> predictive, IReadOnlyList<LeaveOneOutRow> leaveOneOut, JsonObject calibrated,
        TableWriter? tables = null)
    {
        tables ??= TableWriter.CsvOnly;
        var files = new List<string> { CalibratedName };
        files.AddRange(tables.Write(directory, "leave_one_out", CalibrationTables.LeaveOneOut, leaveOneOut));
        if (tables.WritesCsv)
        {
            // In the layout of particles.csv, as the resumable files are written, so a posterior row reads like a particle's.
            File.WriteAllText(Path.Combine(directory, "posterior.csv"),
                table.Header + "\n" + string.Concat(posterior.Accepted.Select(table.Format)), new UTF8Encoding(false));
            files.Add("posterior.csv");
        }
        files.AddRange(tables.ParquetTwin(directory, "posterior", table.Schema, posterior.Accepted));
        files.AddRange(tables.Write(directory, "summary", CalibrationTables.Summary, parameters));
        files.AddRange(tables.Write(directory, "predictive_check", CalibrationTables.PredictiveCheck, predictive));
        File.WriteAllText(Path.Combine(directory, CalibratedName), calibrated.ToJsonString(Json) + "\n", new UTF8Encoding(false));

        var plots = Path.Combine(directory, "plots");
        Directory.CreateDirectory(plots);
        for (var j = 0; j < parameters.Count; j++)
        {
            var name = $"posterior_{parameters[j].Prior.Name}";
            ChartWriter.Save(PosteriorChart.Create(parameters[j], [.. posterior.Accepted.Select(p => p.Parameters[j])], [.. particles.Select(p => p.Parameters[j])]),
                Path.Combine(plots, name));
            files.AddRange([$"plots/{name}.png", $"plots/{name}.svg"]);
        }
        var paired = MostNarrowed(parameters, MaxPairedParameters);
        for (var a = 0; a < paired.Count; a++)
        {
            for (var b = a + 1; b < paired.Count; b++)
            {
                var (i, k) = (paired[a], paired[b]);
                var name = $"pairs_{parameters[i].Prior.Name}_{parameters[k].Prior.Name}";
                ChartWriter.Save(PairsChart.Create(parameters[i].Prior, parameters[k].Prior,
                    [.. particles.Select(p => (p.Parameters[i], p.Parameters[k]))], [.. posterior.Accepted.Select(p => (p.Parameters[i], p.Parameters[k]))]),
                    Path.Combine(plots, name), 800, 700);
                files.AddRange([$"plots/{name}.png", $"plots/{name}.svg"]);
            }
        }
        ChartWriter.Save(PredictiveCheckChart.Create(predictive), Path.Combine(plots, "predictive_check"));
        files.AddRange(["plots/predictive_check.png", "plots/predictive_check.svg"]);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// When the format asks for Parquet, writes the twins of the files a calibration appends to and resumes from, which stay
    /// CSV in every format: <c>particles.parquet</c> (the rows of <c>particles.csv</c>, in its order) and, for the tempered
    /// sampler, <c>stage-K.parquet</c> and <c>stages.parquet</c> in the stage folder; returns them, relative, '/' separators.
    /// </summary>
    /// <param name="directory">The calibration folder (or a shard's).</param>
    /// <param name="into">Where the twins are written, in the same layout: <paramref name="directory"/>, or the staging folder
    /// of the results that replace its earlier ones.</param>
    /// <param name="table">Layout of the particle tables.</param>
    /// <param name="stages">The tempered sampler's stages (none for importance sampling or a shard).</param>
    /// <param name="stageFolder">The folder of the stages (<see cref="TemperingCheckpoint.Folder"/>) inside <paramref name="directory"/>.</param>
    /// <param name="tables">The format and the provenance of the Parquet files.</param>
    public static IReadOnlyList<string> WriteJournalTwins(string directory, string into, ParticleTable table, IReadOnlyList<SmcStage> stages, string stageFolder,
        TableWriter tables)
    {
        if (!tables.WritesParquet)
        {
            return [];
        }
        var files = tables.ParquetTwin(into, Path.GetFileNameWithoutExtension(ParticleFile.Name), table.Schema, ParticleFile.Read(directory, table)).ToList();
        var folder = Path.GetFileName(stageFolder);
        if (stages.Count > 0)
        {
            Directory.CreateDirectory(Path.Combine(into, folder));
        }
        foreach (var stage in stages)
        {
            files.AddRange(tables.ParquetTwin(into, $"{folder}/{TemperingCheckpoint.StageTable(stage.Number)}", table.Schema, stage.Population));
        }
        if (stages.Count > 0)
        {
            files.AddRange(tables.ParquetTwin(into, $"{folder}/{Path.GetFileNameWithoutExtension(TemperingCheckpoint.StagesName)}", TemperingCheckpoint.Stages, stages));
        }
        return files;
    }

    // Pairwise plots grow with the square of the parameters (a scenario with fifty uncertain region values would need over a
    // thousand); they are drawn for the parameters whose posterior narrowed most against the prior, in scenario order, among
    // those the record can inform: a placebo's narrowing is the sampler's, and a pair with one shows no trade-off the record makes.
    private const int MaxPairedParameters = 6;

    private static List<int> MostNarrowed(IReadOnlyList<PosteriorParameter> parameters, int most) =>
        [.. Enumerable.Range(0, parameters.Count)
            .Where(j => !parameters[j].IsPlacebo)
            .OrderBy(j => Narrowing(parameters[j]))
            .ThenBy(j => j)
            .Take(most)
            .Order()];

    // Posterior s.d. over prior s.d.; NaN posteriors last.
    private static double Narrowing(PosteriorParameter p) => double.IsFinite(p.Shrinkage) ? -p.Shrinkage : double.MaxValue;
}
