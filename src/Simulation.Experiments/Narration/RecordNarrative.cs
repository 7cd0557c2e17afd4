using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Narration;

/// <summary>
/// Beside each project's likely winners, what really happened: the record's winners, the chance the model gives each of
/// them under the historical timeline, and the chance a draw by lot among the real bids would give. A reader who sees only
/// the model's favourite would take it for a forecast; the model's chances are what its assumptions imply, and where the
/// record says otherwise the sentence says so.
/// </summary>
public static class RecordNarrative
{
    /// <summary>Returns the sentence about the recorded competition of <paramref name="projectId"/>, or null when the record has
    /// none or the run has no historical timeline to read it against.</summary>
    /// <param name="scenario">The scenario run, for names and the number of winners.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="record">The scenario's record (empty when it has none).</param>
    /// <param name="projectId">Project id.</param>
    public static NarrativeSentence? Describe(Scenario scenario, RunResult result, IReadOnlyList<HistoricalCompetition> record, string projectId)
    {
        var project = scenario.Projects.FirstOrDefault(p => p.Id == projectId);
        var competition = record.FirstOrDefault(c => c.Project == projectId);
        if (project is null || competition is null || competition.Bids < 1 || !result.Modes.Contains(RegimeMode.TimelineLabel))
        {
            return null;
        }
        var rows = result.WinProbabilities.Where(w => w.Project == projectId && w.Regime == RegimeMode.TimelineLabel).ToDictionary(w => w.Region);
        var chance = Math.Min(1.0, (double)project.Winners / competition.Bids);
        var names = competition.Winners.Select(r => ResultNarrative.RegionName(scenario, r)).ToList();
        var parts = new List<string>();
        var below = 0;
        foreach (var region in competition.Winners)
        {
            if (!rows.TryGetValue(region, out var row))
            {
                return null;
            }
            var side = row.CiHigh < chance ? "below" : row.CiLow > chance ? "above" : "about";
            below += side == "below" ? 1 : 0;
            parts.Add($"{ResultNarrative.RegionName(scenario, region)} {ResultNarrative.Percent(row.Probability)} % "
                + $"({ResultNarrative.Percent(row.CiLow)}–{ResultNarrative.Percent(row.CiHigh)} %, {side} chance)");
        }
        var verdict = below == parts.Count
            ? "the model rates what really happened below chance"
            : below > 0 ? "the model rates part of what really happened below chance" : "the model does not rate what really happened below chance";
        var text = $"What happened: {Listed(names)} won the {project.Name} in {competition.Year}, among {competition.Bids} bids. "
            + $"Under {result.Catalogue.Phrase(RegimeMode.TimelineLabel)} the model gives {Listed(parts)}, where a draw by lot among the {competition.Bids} bids "
            + $"gives each {ResultNarrative.Percent(chance)} %: {verdict}. The model's chances are what its assumptions imply, not a forecast.";
        return new NarrativeSentence(projectId, text);
    }

    private static string Listed(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
