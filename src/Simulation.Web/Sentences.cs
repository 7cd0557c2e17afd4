using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Outcomes;

namespace Simulation.Web;

/// <summary>
/// Plain sentences under each chart, computed from the result, so a class reads the finding rather than decoding bars.
/// </summary>
public static class Sentences
{
    /// <summary>Who most likely wins a project under each mode, and how sure that is.</summary>
    /// <param name="project">Project name.</param>
    /// <param name="rows">The project's win-probability rows.</param>
    /// <param name="modes">Modes to name, in order, with their display text.</param>
    /// <param name="regionNames">Region name by id.</param>
    public static IReadOnlyList<string> ForProject(string project, IReadOnlyList<WinProbability> rows, IReadOnlyList<ModeLabel> modes,
        IReadOnlyDictionary<string, string> regionNames)
    {
        var parts = new List<string>();
        foreach (var mode in modes)
        {
            var best = rows.Where(r => r.Regime == mode.Mode).OrderByDescending(r => r.Probability).ThenBy(r => r.Region, StringComparer.Ordinal).FirstOrDefault();
            if (best is null)
            {
                continue;
            }
            var name = regionNames.TryGetValue(best.Region, out var n) ? n : best.Region;
            parts.Add($"under {mode.Label}, {name} ({Percent(best.Probability)}, 95 % interval {Percent(best.CiLow)} to {Percent(best.CiHigh)})");
        }
        if (parts.Count == 0)
        {
            return [$"No region won {project} in this run."];
        }
        return [$"The most likely winner of {project}: {string.Join("; ", parts)}."];
    }

    /// <summary>The metric's mean under each mode, and which mode is higher.</summary>
    /// <param name="metric">Metric name.</param>
    /// <param name="summaries">The metric's summaries.</param>
    /// <param name="modes">Modes to name, in order, with their display text.</param>
    public static IReadOnlyList<string> ForMetric(string metric, IReadOnlyList<MetricSummary> summaries, IReadOnlyList<ModeLabel> modes)
    {
        var shown = modes.Select(m => summaries.FirstOrDefault(s => s.Regime == m.Mode)).OfType<MetricSummary>().ToList();
        string Label(MetricSummary s) => modes.First(m => m.Mode == s.Regime).Label;
        if (shown.Count == 0)
        {
            return ["This run has no values for this measure."];
        }
        var what = metric == OutcomeMetrics.Gini ? "The Gini of resources per person (0 = equal, 1 = all in one region)" : "Rent dissipation (effort spent per won of prize)";
        var means = string.Join(", ", shown.Select(s => $"{Number(s.Mean)} under {Label(s)} (90 % of runs between {Number(s.P05)} and {Number(s.P95)})"));
        var first = $"{what} averages {means}.";
        if (shown.Count < 2)
        {
            return [first];
        }
        var high = shown.MaxBy(s => s.Mean)!;
        var low = shown.MinBy(s => s.Mean)!;
        var second = metric == OutcomeMetrics.Gini
            ? $"Regions end up less equal under {Label(high)} than under {Label(low)}."
            : $"Competing wastes more under {Label(high)} than under {Label(low)}.";
        return [first, second];
    }

    // The report's number formats (ResultNarrative), so the page and report.html say the same number the same way.
    private static string Percent(double p) => ResultNarrative.Percent(p) + " %";

    private static string Number(double x) => ResultNarrative.Number(x);
}
