using Simulation.Experiments;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Charts;

namespace Simulation.Output.Sweeps;

/// <summary>Draws a finished sweep's main-effect plots from its <c>sweep.csv</c>: one PNG and SVG per plotted metric and factor.</summary>
public static class SweepPlots
{
    /// <summary>Returns the files <see cref="Write"/> writes for <paramref name="experiment"/>, relative to its folder with '/'
    /// separators: what a sweep must not write over when a folder holds them and no earlier sweep of its own.</summary>
    public static IReadOnlyList<string> Files(Experiment experiment) =>
        [.. experiment.Plots.SelectMany(metric => experiment.Factors.SelectMany(factor =>
            new[] { $"plots/main_effect_{metric}_{factor.Name}.png", $"plots/main_effect_{metric}_{factor.Name}.svg" }))];

    /// <summary>Writes <c>plots/main_effect_&lt;metric&gt;_&lt;factor&gt;.png/.svg</c> into <paramref name="directory"/> and returns the files, relative.</summary>
    /// <exception cref="InvalidDataException">A row of <c>sweep.csv</c> does not fit the experiment's columns.</exception>
    public static IReadOnlyList<string> Write(string directory, Experiment experiment)
    {
        var columns = SweepColumns.For(experiment);
        var rows = SweepTable.Read(Path.Combine(directory, SweepFile.Name), columns);
        var descriptions = OutcomeMetrics.For(experiment.Scenario.Model).ToDictionary(m => m.Name, m => m.Description);
        var catalogue = ModeCatalogue.From(experiment.Scenario.Model);
        var plots = Path.Combine(directory, "plots");
        Directory.CreateDirectory(plots);
        var written = new List<string>();
        try
        {
            foreach (var metric in experiment.Plots)
            {
                var effects = MainEffects.Compute(experiment, columns, rows, metric);
                foreach (var group in effects.GroupBy(e => e.Factor))
                {
                    var name = $"main_effect_{metric}_{group.Key}";
                    written.Add($"plots/{name}.png");
                    written.Add($"plots/{name}.svg");
                    ChartWriter.Save(MainEffectChart.Create(group.ToList(), descriptions[metric], catalogue), Path.Combine(plots, name));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // All or none: a full disk must not leave half the plots (a PNG without its SVG) looking like a finished set. The
            // rows are kept, and running the command again draws them all.
            foreach (var file in written)
            {
                Discard(Path.Combine(directory, file));
            }
            throw;
        }
        return written;
    }

    private static void Discard(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The failure being reported already says the plots were not written; this one adds nothing.
        }
    }
}
