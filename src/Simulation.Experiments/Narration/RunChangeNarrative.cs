using System.Globalization;
using Simulation.Core;
using Simulation.Core.Projects;
using Simulation.Experiments.Outcomes;

namespace Simulation.Experiments.Narration;

/// <summary>
/// Says in plain sentences what changed from one run of a scenario to the next, as a class moving a slider and running
/// again asks: which settings moved (by their labels, old value to new), whether the random draws were the same, and how
/// the main results moved (per project, the region whose chance of winning moved most; the mean of each compared metric
/// under each mode). Pure functions of two <see cref="RunSnapshot"/>s; numbers are formatted as <see cref="ResultNarrative"/>
/// formats them, the two sides of a change to the same number of decimals.
/// </summary>
public static class RunChangeNarrative
{
    /// <summary>What a run says when the run it was to be compared with is no longer known.</summary>
    public const string Forgotten = "The last run is no longer kept on the server (it keeps the most recent runs of the class), so this run is not compared with it.";

    /// <summary>What a run says when the run it was to be compared with was never started by this server (or so long ago
    /// that the server forgot its id), as after a restart.</summary>
    public const string Unknown = "The server does not know the last run (it was run before the server restarted, or very long ago), so this run is not compared with it.";

    /// <summary>What a run says when the run it was to be compared with had not finished when it started (cancelled, failed
    /// or still running), so there is nothing to compare with.</summary>
    public const string Unfinished = "The last run had not finished when this one started (it was cancelled, failed or was still running), so this run is not compared with it.";

    /// <summary>Returns the sentences comparing <paramref name="after"/> with <paramref name="before"/>: the settings, then
    /// one per project, then one per metric both runs summarised; none when the two runs are of different scenarios.</summary>
    /// <param name="scenario">The scenario of the later run, for project and region names and metric descriptions.</param>
    /// <param name="catalogue">Its modes, to name them.</param>
    /// <param name="before">The earlier run.</param>
    /// <param name="after">The later run.</param>
    public static IReadOnlyList<string> Describe(Scenario scenario, ModeCatalogue catalogue, RunSnapshot before, RunSnapshot after)
    {
        if (before.Scenario != after.Scenario)
        {
            return [];
        }
        var sentences = new List<string> { Settings(before, after), Draws(before, after) };
        foreach (var project in scenario.Projects)
        {
            sentences.Add(WinChance(scenario, catalogue, before, after, project));
        }
        var described = OutcomeMetrics.For(scenario).ToDictionary(m => m.Name, m => m.Description, StringComparer.Ordinal);
        foreach (var metric in after.Summaries.Select(s => s.Metric).Distinct(StringComparer.Ordinal))
        {
            if (Metric(catalogue, before, after, metric, described.GetValueOrDefault(metric, metric)) is { } sentence)
            {
                sentences.Add(sentence);
            }
        }
        return sentences;
    }

    private static string Settings(RunSnapshot before, RunSnapshot after)
    {
        var earlier = before.Settings.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var moved = after.Settings
            .Where(s => earlier.TryGetValue(s.Key, out var old) && old.Shown != s.Shown)
            .Select(s => $"{s.Label}, {earlier[s.Key].Shown} → {s.Shown}")
            .ToList();
        if (before.Replications != after.Replications)
        {
            moved.Add(Text($"replications, {before.Replications:N0} → {after.Replications:N0}"));
        }
        return moved.Count == 0
            ? "No setting moved since the last run."
            : $"Since the last run you moved: {string.Join("; ", moved)}.";
    }

    // Replication k of a run draws from the stream of (seed, k): with one seed, the replications both runs have drew the
    // same numbers, and only then is what moved moved by the settings; replications one run has and the other lacks drew
    // numbers of their own.
    private static string Draws(RunSnapshot before, RunSnapshot after)
    {
        if (before.Seed != after.Seed)
        {
            return Text($"The two runs drew different random numbers (seed {before.Seed}, then {after.Seed}), so part of what moved below is luck.");
        }
        if (before.Replications == after.Replications)
        {
            return Text($"Both runs drew the same random numbers (seed {after.Seed}, {after.Replications:N0} replications), so what moved below was moved mostly by the settings, not by luck (only mostly: where a setting changes what a replication draws, its later draws fall out of step).");
        }
        var shared = Math.Min(before.Replications, after.Replications);
        var (extra, which) = after.Replications > before.Replications
            ? (after.Replications - shared, "this run")
            : (before.Replications - shared, "the last run");
        return Text($"Both runs used seed {after.Seed}, so their first {shared:N0} replications drew the same random numbers; the other {extra:N0} of {which} drew numbers of their own, so part of what moved below is luck (sampling noise), not the settings.");
    }

    private static string WinChance(Scenario scenario, ModeCatalogue catalogue, RunSnapshot before, RunSnapshot after, NationalProject project)
    {
        var earlier = before.WinProbabilities.Where(w => w.Project == project.Id)
            .GroupBy(w => (w.Regime, w.Region)).ToDictionary(g => g.Key, g => g.First().Probability);
        var pairs = after.WinProbabilities
            .Where(w => w.Project == project.Id && earlier.ContainsKey((w.Regime, w.Region)))
            .Select(w => (Row: w, Before: earlier[(w.Regime, w.Region)]))
            .ToList();
        if (pairs.Count == 0)
        {
            return $"The {project.Name} was not run both times, so its winners cannot be compared.";
        }
        var (row, old) = pairs.MaxBy(p => Math.Abs(p.Row.Probability - p.Before));
        var region = scenario.Regions.FirstOrDefault(r => r.Id == row.Region)?.Name ?? row.Region;
        var (from, to) = ResultNarrative.Percents(old, row.Probability);
        if (from == to)
        {
            return $"No region's chance of winning the {project.Name} moved.";
        }
        var direction = row.Probability > old ? "rose" : "fell";
        return $"The chance that moved most in the {project.Name}: {region}'s under {catalogue.Phrase(row.Regime)} {direction} from {from} % to {to} %.";
    }

    private static string? Metric(ModeCatalogue catalogue, RunSnapshot before, RunSnapshot after, string metric, string description)
    {
        var parts = new List<string>();
        foreach (var now in after.Summaries.Where(s => s.Metric == metric && double.IsFinite(s.Mean)))
        {
            if (before.Summaries.FirstOrDefault(s => s.Metric == metric && s.Regime == now.Regime) is not { } old || !double.IsFinite(old.Mean))
            {
                continue;
            }
            var (from, to) = ResultNarrative.Numbers(old.Mean, now.Mean);
            parts.Add(from == to
                ? $"stayed at {to} under {catalogue.Phrase(now.Regime)}"
                : $"went from {from} to {to} under {catalogue.Phrase(now.Regime)}");
        }
        return parts.Count == 0 ? null : $"On average, the {Named(metric, description)} {string.Join("; ", parts)}.";
    }

    // A metric as a class calls it, then what it measures ("rent dissipation (total bid effort / total prize value
    // awarded)"), unless the description already starts with its name ("Gini of national resources ...").
    private static string Named(string metric, string description)
    {
        var words = metric.Replace('_', ' ');
        return description.StartsWith(words.Split(' ')[0], StringComparison.OrdinalIgnoreCase) ? description : $"{words} ({description})";
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
