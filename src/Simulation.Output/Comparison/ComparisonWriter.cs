using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Comparison;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Charts;
using Simulation.Output.Csv;

namespace Simulation.Output.Comparison;

/// <summary>
/// Writes a comparison's files: <c>comparison.csv</c> (every outcome's paired difference), <c>parameters.csv</c> (what
/// differs between the scenarios) and the plots (change in win probability per project; inequality and rent dissipation
/// distributions of both scenarios overlaid).
/// </summary>
public static class ComparisonWriter
{
    /// <summary>Writes everything into <paramref name="directory"/> and returns the files written, relative, sorted.</summary>
    public static IReadOnlyList<string> Write(string directory, Scenario a, Scenario b, string labelA, string labelB, ComparisonResult result)
    {
        var files = new List<string> { "comparison.csv", "parameters.csv" };
        using (var csv = CsvSettings.Open(Path.Combine(directory, "comparison.csv")))
        {
            foreach (var header in new[] { "kind", "name", "regime", "mean_a", "mean_b", "difference", "ci_low", "ci_high", "pairs" })
            {
                csv.WriteField(header);
            }
            csv.EndRecord();
            foreach (var d in result.Differences)
            {
                csv.WriteField(d.Kind == DifferenceKind.Win ? "win" : "metric");
                csv.WriteField(d.Name);
                csv.WriteField(d.Regime);
                foreach (var value in new[] { d.MeanA, d.MeanB, d.Difference, d.CiLow, d.CiHigh })
                {
                    CsvSettings.WriteDouble(csv, value);
                }
                csv.WriteField(d.Pairs, ReadOnlySpan<char>.Empty);
                csv.EndRecord();
            }
        }
        using (var csv = CsvSettings.Open(Path.Combine(directory, "parameters.csv")))
        {
            csv.WriteField("path");
            csv.WriteField("a");
            csv.WriteField("b");
            csv.EndRecord();
            foreach (var p in result.Parameters)
            {
                csv.WriteField(p.Path);
                csv.WriteField(p.A);
                csv.WriteField(p.B);
                csv.EndRecord();
            }
        }

        var plots = Path.Combine(directory, "plots");
        Directory.CreateDirectory(plots);
        var regions = a.Regions.Select(r => (r.Id, r.Name)).ToList();
        var catalogue = ModeCatalogue.From(a);
        foreach (var project in a.Projects)
        {
            var rows = result.Differences.Where(d => d.Kind == DifferenceKind.Win && d.Name.StartsWith(project.Id + ":", StringComparison.Ordinal)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            var name = $"difference_win_probability_{project.Id}";
            ChartWriter.Save(DifferenceChart.Create(project.Name, rows, regions, labelA, labelB, catalogue), Path.Combine(plots, name));
            files.AddRange([$"plots/{name}.png", $"plots/{name}.svg"]);
        }
        var descriptions = OutcomeMetrics.For(a).ToDictionary(m => m.Name, m => m.Description);
        foreach (var metric in new[] { OutcomeMetrics.Gini, OutcomeMetrics.Theil, OutcomeMetrics.RentDissipation })
        {
            foreach (var mode in result.Modes)
            {
                if (!result.Samples.TryGetValue((metric, mode, "A"), out var sa) || !result.Samples.TryGetValue((metric, mode, "B"), out var sb))
                {
                    continue;
                }
                var samples = new Dictionary<string, IReadOnlyList<double>> { [labelA] = sa, [labelB] = sb };
                var name = $"distribution_{metric}_{mode}";
                ChartWriter.Save(DistributionChart.Create($"{labelA} against {labelB} ({catalogue.Label(mode)})", descriptions[metric], samples), Path.Combine(plots, name));
                files.AddRange([$"plots/{name}.png", $"plots/{name}.svg"]);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
