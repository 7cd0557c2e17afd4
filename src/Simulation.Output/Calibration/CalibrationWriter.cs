using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simulation.Experiments.Calibration;
using Simulation.Output.Charts;
using Simulation.Output.Csv;

namespace Simulation.Output.Calibration;

/// <summary>
/// Writes what a finished calibration gives, beside its <c>particles.csv</c>: <c>posterior.csv</c> (the particles resampled
/// by likelihood), <c>summary.csv</c> (prior and posterior of each parameter, with how much the record narrows it: the
/// identifiability table), <c>predictive_check.csv</c>, <c>leave_one_out.csv</c>, the runnable
/// <c>calibrated.json</c>, and the plots: <c>plots/posterior_&lt;parameter&gt;</c>, <c>plots/pairs_&lt;p1&gt;_&lt;p2&gt;</c> (for the six parameters the data narrow most) and
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

    /// <summary>Writes the files into <paramref name="directory"/> and returns them, relative, sorted.</summary>
    /// <param name="directory">The calibration folder.</param>
    /// <param name="table">Layout of the particle tables.</param>
    /// <param name="particles">Every particle considered.</param>
    /// <param name="posterior">The posterior sample.</param>
    /// <param name="parameters">Prior and posterior of each parameter.</param>
    /// <param name="predictive">The posterior predictive check.</param>
    /// <param name="leaveOneOut">Each competition predicted by the posterior fitted without it.</param>
    /// <param name="calibrated">The calibrated scenario (an override that extends the original).</param>
    public static IReadOnlyList<string> Write(string directory, ParticleTable table, IReadOnlyList<Particle> particles, RecordPosterior posterior,
        IReadOnlyList<PosteriorParameter> parameters, IReadOnlyList<PredictiveCheckRow> predictive, IReadOnlyList<LeaveOneOutRow> leaveOneOut, JsonObject calibrated)
    {
        var files = new List<string> { "posterior.csv", "summary.csv", "predictive_check.csv", "leave_one_out.csv", CalibratedName };
        WriteLeaveOneOut(Path.Combine(directory, "leave_one_out.csv"), leaveOneOut);
        File.WriteAllText(Path.Combine(directory, "posterior.csv"),
            table.Header + "\n" + string.Concat(posterior.Accepted.Select(table.Format)), new UTF8Encoding(false));
        WriteSummary(Path.Combine(directory, "summary.csv"), parameters);
        WritePredictive(Path.Combine(directory, "predictive_check.csv"), predictive);
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

    // Pairwise plots grow with the square of the parameters (a scenario with fifty uncertain region values would need over a
    // thousand); they are drawn for the parameters whose posterior narrowed most against the prior, in scenario order.
    private const int MaxPairedParameters = 6;

    private static List<int> MostNarrowed(IReadOnlyList<PosteriorParameter> parameters, int most) =>
        [.. Enumerable.Range(0, parameters.Count)
            .OrderBy(j => Narrowing(parameters[j]))
            .ThenBy(j => j)
            .Take(most)
            .Order()];

    // Posterior s.d. over prior s.d.; NaN posteriors last.
    private static double Narrowing(PosteriorParameter p) => double.IsFinite(p.Shrinkage) ? -p.Shrinkage : double.MaxValue;

    private static void WriteLeaveOneOut(string path, IReadOnlyList<LeaveOneOutRow> rows)
    {
        using var csv = CsvSettings.Open(path);
        foreach (var h in new[] { "competition", "held_out_log_score", "prior_log_score", "chance_log_score", "effective_sample_size" })
        {
            csv.WriteField(h);
        }
        csv.EndRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Competition);
            foreach (var x in new[] { r.HeldOut, r.Prior, r.Chance, r.EffectiveSampleSize })
            {
                CsvSettings.WriteDouble(csv, x);
            }
            csv.EndRecord();
        }
    }

    private static void WriteSummary(string path, IReadOnlyList<PosteriorParameter> parameters)
    {
        using var csv = CsvSettings.Open(path);
        foreach (var h in new[] { "parameter", "path", "prior", "prior_min", "prior_max", "prior_mean", "prior_sd", "scenario_value", "posterior_mean", "posterior_sd", "p025", "p50", "p975", "shrinkage" })
        {
            csv.WriteField(h);
        }
        csv.EndRecord();
        foreach (var p in parameters)
        {
            csv.WriteField(p.Prior.Name);
            csv.WriteField(p.Prior.Path.Text);
            csv.WriteField(p.Prior.Describe());
            foreach (var x in new[] { p.Prior.Min, p.Prior.Max, p.Prior.PriorMean, p.Prior.StandardDeviation, p.Prior.ScenarioValue, p.Mean, p.Sd, p.P025, p.P50, p.P975, p.Shrinkage })
            {
                CsvSettings.WriteDouble(csv, x);
            }
            csv.EndRecord();
        }
    }

    private static void WritePredictive(string path, IReadOnlyList<PredictiveCheckRow> rows)
    {
        using var csv = CsvSettings.Open(path);
        foreach (var h in new[] { "target", "chance", "original", "original_ci_low", "original_ci_high", "calibrated", "calibrated_ci_low", "calibrated_ci_high", "posterior_particles_mean", "description" })
        {
            csv.WriteField(h);
        }
        csv.EndRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Target);
            foreach (var x in new[] { r.Observed, r.Original, r.OriginalLow, r.OriginalHigh, r.Calibrated, r.CalibratedLow, r.CalibratedHigh, r.AcceptedMean })
            {
                CsvSettings.WriteDouble(csv, x);
            }
            csv.WriteField(r.Description);
            csv.EndRecord();
        }
    }
}
