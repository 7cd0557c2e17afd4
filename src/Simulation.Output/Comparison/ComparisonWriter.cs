using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Comparison;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Charts;
using Simulation.Output.Tables;

namespace Simulation.Output.Comparison;

/// <summary>
/// Writes a comparison's files: <c>comparison.csv</c> (every outcome's paired difference), <c>parameters.csv</c> (what
/// differs between the scenarios), as CSV, Parquet or both, and the plots (change in win probability per project; inequality and rent dissipation
/// distributions of both scenarios overlaid).
/// </summary>
public static class ComparisonWriter
{
    // The columns of comparison.csv and parameters.csv (the values as the scenarios write them).
    private static readonly TableSchema<OutcomeDifference> Differences = new TableSchema<OutcomeDifference>()
        .String("kind", d => d.Kind == DifferenceKind.Win ? "win" : "metric")
        .String("name", d => d.Name)
        .String("regime", d => d.Regime)
        .Double("mean_a", d => d.MeanA)
        .Double("mean_b", d => d.MeanB)
        .Double("difference", d => d.Difference)
        .Double("ci_low", d => d.CiLow)
        .Double("ci_high", d => d.CiHigh)
        .Int64("pairs", d => d.Pairs);

    private static readonly TableSchema<ParameterDifference> Parameters = new TableSchema<ParameterDifference>()
        .String("path", p => p.Path)
        .String("a", p => p.A)
        .String("b", p => p.B);

    /// <summary>Writes everything into <paramref name="directory"/> and returns the files written, relative, sorted.</summary>
    /// <param name="directory">The comparison folder.</param>
    /// <param name="a">Scenario A.</param>
    /// <param name="b">Scenario B.</param>
    /// <param name="labelA">How scenario A is named in the plots.</param>
    /// <param name="labelB">How scenario B is named in the plots.</param>
    /// <param name="result">The comparison.</param>
    /// <param name="tables">The tables' format (CSV, Parquet or both) and the provenance of the Parquet files [default: CSV only].</param>
    public static IReadOnlyList<string> Write(string directory, Scenario a, Scenario b, string labelA, string labelB, ComparisonResult result, TableWriter? tables = null)
    {
        tables ??= TableWriter.CsvOnly;
        var files = new List<string>();
        files.AddRange(tables.Write(directory, "comparison", Differences, result.Differences));
        files.AddRange(tables.Write(directory, "parameters", Parameters, result.Parameters));

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
