using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Charts;
using Simulation.Output.Csv;
using Simulation.Output.Tables;

namespace Simulation.Output;

/// <summary>Writes the finished tables and charts of a run into a results folder.</summary>
public static class RunWriter
{
    /// <summary>Name of the per-replication table, written during the run by <see cref="OutcomeCsvWriter"/>.</summary>
    public const string OutcomesFile = "outcomes.csv";

    /// <summary>
    /// Writes <c>win_probabilities.csv</c>, <c>summary.csv</c> and <c>plots/</c> (one
    /// <c>win_probability_&lt;projectId&gt;</c> chart per project, and <c>distribution_gini</c> and
    /// <c>distribution_rent_dissipation</c>, each as PNG and SVG) into <paramref name="directory"/>. The win-probability
    /// charts show the scenario's two compared regimes (<see cref="ModeCatalogue.Compared"/>), every chart names the modes
    /// by <see cref="RunResult.Catalogue"/>.
    /// </summary>
    /// <param name="directory">Results folder (for example <see cref="OutputDirectory.Path"/>); created if missing.</param>
    /// <param name="scenario">The scenario run, for project and region names.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="format">CSV tables, Parquet tables (<see cref="RunTables"/>), or both.</param>
    /// <param name="metadata">Provenance written into each Parquet file's key-value metadata.</param>
    /// <returns>The paths written, relative to <paramref name="directory"/> with '/' separators, sorted.</returns>
    public static IReadOnlyList<string> WriteResults(string directory, Scenario scenario, RunResult result, OutputFormat format = OutputFormat.Csv,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        Directory.CreateDirectory(directory);
        var tables = new TableWriter(format, metadata ?? new Dictionary<string, string>());
        var written = new List<string>();
        written.AddRange(tables.Write(directory, RunTables.WinProbabilitiesName, RunTables.WinProbabilities, result.WinProbabilities));
        written.AddRange(tables.Write(directory, RunTables.SummaryName, RunTables.Summaries, result.Summaries));

        foreach (var project in scenario.Projects)
        {
            using var plot = RunFigures.WinProbability(scenario, result, project);
            written.AddRange(SaveChart(directory, $"win_probability_{project.Id}", plot));
        }
        foreach (var figure in RunFigures.Distributions)
        {
            using var plot = RunFigures.Distribution(result, figure);
            written.AddRange(SaveChart(directory, figure.File, plot));
        }
        written.Sort(StringComparer.Ordinal);
        return written;
    }

    private static string[] SaveChart(string directory, string name, ScottPlot.Plot plot)
    {
        ChartWriter.Save(plot, Path.Combine(directory, "plots", name));
        return [$"plots/{name}.png", $"plots/{name}.svg"];
    }
}
