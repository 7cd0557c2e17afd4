using Simulation.Core;
using Simulation.Core.Regimes;

namespace Simulation.Experiments;

/// <summary>
/// The one place that decides how a run's regime modes are named and which two regimes a comparison sets side by side,
/// both read from the scenario, so charts, reports, the web page and sentences agree and no regime id is written in code.
/// </summary>
/// <param name="Labels">Each mode of the run, in run order, with its display text: the scenario's <c>timelineName</c> or
/// <see cref="HistoricalTimeline"/> for a timeline that changes regime, "NAME throughout" for one that holds a single regime (a counterfactual scenario's, which
/// is not history), the regime's <c>name</c> for a counterfactual (with its id beside it when two modes would read the same).</param>
/// <param name="Compared">The modes a comparison shows: the scenario's <c>compared</c> regimes, else its first two
/// <c>counterfactuals</c>, in scenario order; every mode when the scenario has fewer than two.</param>
public sealed record ModeCatalogue(IReadOnlyList<ModeLabel> Labels, IReadOnlyList<string> Compared)
{
    /// <summary>Display text of the timeline mode (the regimes in force year by year).</summary>
    public const string HistoricalTimeline = "Historical timeline";

    /// <summary>Returns the catalogue of <paramref name="scenario"/>'s modes (<see cref="Scenario.Modes"/>).</summary>
    public static ModeCatalogue From(Scenario scenario)
    {
        var years = Enumerable.Range(scenario.Timeline.FirstYear, scenario.Timeline.LastYear - scenario.Timeline.FirstYear + 1);
        var held = years.Select(scenario.Timeline.RegimeAt).Distinct().ToList();
        var timeline = held.Count == 1 ? $"{scenario.Regimes[held[0]].Name} throughout" : scenario.TimelineName ?? HistoricalTimeline;
        var shown = scenario.Modes()
            .Select(m => new ModeLabel(m.Label, m.Regime is { } r ? scenario.Regimes[r].Name : timeline))
            .ToList();
        // Two modes must never read the same (a legend, a column): a name shared by two regimes gets the id beside it.
        var labels = shown.Select(l => shown.Count(o => o.Label == l.Label) > 1 ? l with { Label = $"{l.Label} ({l.Mode})" } : l).ToList();
        var counterfactuals = (scenario.Compared ?? scenario.Counterfactuals).Select(r => scenario.Regimes[r].Id).ToList();
        return new ModeCatalogue(labels, counterfactuals.Count >= 2 ? counterfactuals.Take(2).ToList() : labels.Select(l => l.Mode).ToList());
    }

    /// <summary>The compared modes with their display text, in <see cref="Compared"/> order.</summary>
    public IReadOnlyList<ModeLabel> ComparedLabels => [.. Compared.Select(m => new ModeLabel(m, Label(m)))];

    /// <summary>The two counterfactual regimes a change is measured between (from the first to the second), or null when the
    /// scenario has fewer than two counterfactuals.</summary>
    public (string From, string To)? RegimePair =>
        Compared.Count == 2 && !Compared.Contains(RegimeMode.TimelineLabel) ? (Compared[0], Compared[1]) : null;

    /// <summary>Returns the display text of <paramref name="mode"/> (a legend, a column, a map title); a mode the catalogue
    /// does not know is shown as it is.</summary>
    /// <param name="mode">Mode label.</param>
    public string Label(string mode) => Labels.FirstOrDefault(l => l.Mode == mode)?.Label ?? mode;

    /// <summary>Returns how <paramref name="mode"/> reads after "under" in a sentence: "the historical timeline", or the
    /// label of a timeline that holds one regime or of a regime.</summary>
    /// <param name="mode">Mode label.</param>
    public string Phrase(string mode) => mode == RegimeMode.TimelineLabel && Label(mode) == HistoricalTimeline ? "the historical timeline" : Label(mode);
}
