using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Output.Reports;

/// <summary>What the historical record says beside the model's chances in a report, so that a reader does not take the
/// model's favourite for what happened: each recorded competition's winners, and where the model is scored against them.</summary>
internal static class RecordNote
{
    /// <summary>Returns the record of <paramref name="scenario"/> by project id; empty when it has none, or one that does not
    /// read (a run does not check its record; <c>regsim validate</c> names what is wrong with it).</summary>
    public static IReadOnlyDictionary<string, HistoricalCompetition> Of(LoadedScenario scenario)
    {
        if (scenario.Document["record"] is null)
        {
            return new Dictionary<string, HistoricalCompetition>();
        }
        try
        {
            return HistoricalRecord.Of(scenario).ToDictionary(c => c.Project);
        }
        catch (ScenarioException)
        {
            return new Dictionary<string, HistoricalCompetition>();
        }
    }

    /// <summary>Returns the sentence naming a recorded competition's winners, with the record's region names.</summary>
    public static string Winners(Core.Scenario model, HistoricalCompetition competition)
    {
        var names = competition.Winners.Select(id => model.Regions.FirstOrDefault(r => r.Id == id)?.Name ?? id).ToList();
        var who = names.Count <= 1 ? string.Join("", names) : $"{string.Join(", ", names.SkipLast(1))} and {names[^1]}";
        return $"In the historical record, {who} won ({competition.Year}). The chances above are the model's under this scenario's "
            + "assumptions, not a reconstruction of that outcome; regsim validate scores the model against the record, against chance and against simpler models.";
    }
}
