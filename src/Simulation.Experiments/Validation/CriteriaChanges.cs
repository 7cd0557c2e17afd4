using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Core;
using Simulation.Core.Signals;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Validation;

/// <summary>
/// How a what-if changes the criteria of the competitions its record judges out of sample, against the scenario it extends.
/// A criterion added or reweighted there may have been chosen after seeing who won, which nothing in the record can tell; the
/// judged score then tests that choice too, so a host says so beside the verdict rather than let it pass as out of sample.
/// </summary>
public static class CriteriaChanges
{
    /// <summary>Returns, for each competition of <paramref name="whatIf"/>'s record that is not in sample and whose project's
    /// criteria differ from <paramref name="parent"/>'s, what changed: "maglev: intlAirPassengers2006 added (1.5)".</summary>
    public static IReadOnlyList<string> Between(LoadedScenario whatIf, LoadedScenario parent)
    {
        ArgumentNullException.ThrowIfNull(whatIf);
        ArgumentNullException.ThrowIfNull(parent);
        if (whatIf.Document["record"] is not JsonArray { Count: > 0 })
        {
            return [];
        }
        var judged = HistoricalRecord.AsStated(whatIf).Where(c => c.InSample is null).Select(c => c.Project).ToHashSet(StringComparer.Ordinal);
        var changes = new List<string>();
        foreach (var project in whatIf.Model.Projects.Where(p => judged.Contains(p.Id)))
        {
            if (parent.Model.Projects.FirstOrDefault(p => p.Id == project.Id) is not { } before)
            {
                continue;
            }
            var mine = Weights(whatIf.Model, project.Criteria);
            var theirs = Weights(parent.Model, before.Criteria);
            var parts = mine.Where(c => !theirs.ContainsKey(c.Key)).Select(c => $"{c.Key} added ({Number(c.Value)})")
                .Concat(mine.Where(c => theirs.TryGetValue(c.Key, out var w) && w != c.Value).Select(c => $"{c.Key} {Number(theirs[c.Key])} → {Number(c.Value)}"))
                .Concat(theirs.Where(c => !mine.ContainsKey(c.Key)).Select(c => $"{c.Key} removed"))
                .ToList();
            if (parts.Count > 0)
            {
                changes.Add($"{project.Id}: {string.Join(", ", parts)}");
            }
        }
        return changes;
    }

    // A project's criteria by what they weigh (an attribute's or index's id, else the built-in quantity's name), weights
    // summed where one quantity is weighed twice; criteria of weight 0 weigh nothing and are left out.
    private static Dictionary<string, double> Weights(Scenario scenario, IReadOnlyList<Criterion> criteria) =>
        criteria.Where(c => c.Weight != 0).GroupBy(c => Name(scenario, c.Signal), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Weight), StringComparer.Ordinal);

    private static string Name(Scenario scenario, Signal signal) => signal.Kind switch
    {
        SignalKind.Attribute => scenario.Attributes[signal.Index].Id,
        SignalKind.Index => scenario.Indices[signal.Index].Id,
        _ => JsonNamingPolicyName(signal.Kind),
    };

    private static string JsonNamingPolicyName(SignalKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
