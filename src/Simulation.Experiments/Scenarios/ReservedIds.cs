using Simulation.Core.Regimes;
using Simulation.Experiments.Scoring;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Names the outputs already give things a scenario does not define: the timeline mode and validation's null models sit
/// beside the regimes in every table of modes and scores, and the whole record's rows beside the projects' in validation. A
/// regime or project of the same id would make two modes or rows one name, so loading refuses it.
/// </summary>
internal static class ReservedIds
{
    /// <summary>Labels of modes and score rows that are not regimes.</summary>
    public static IReadOnlyList<string> Regimes { get; } =
        [RegimeMode.TimelineLabel, RecordScoring.ModelKey, ChanceModel.Key, RecordScoring.AgentsOffKey, RecordScoring.TiltsOffKey];

    /// <summary>Labels of validation's rows that are not projects (<see cref="RecordScoring.OutOfSample"/> is no id the schema
    /// allows).</summary>
    public static IReadOnlyList<string> Projects { get; } = [RecordScoring.WholeRecord, RecordScoring.AllCompetitions];

    /// <summary>Adds a problem to <paramref name="fields"/> for every id in <paramref name="ids"/> (the elements of the list at
    /// <paramref name="path"/>) that <paramref name="reserved"/> holds.</summary>
    public static void Check(IEnumerable<string> ids, IReadOnlyList<string> reserved, string path, string what, ScenarioFields fields)
    {
        var i = 0;
        foreach (var id in ids)
        {
            if (reserved.Contains(id, StringComparer.Ordinal))
            {
                fields.Problem($"{path}[{i}].id", $"'{id}' cannot name a {what}: the outputs already use it for something else "
                    + $"({string.Join(", ", reserved)} are taken); name it differently");
            }
            i++;
        }
    }
}
