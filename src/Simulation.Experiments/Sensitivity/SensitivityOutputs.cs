using System.Text.Json.Nodes;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Sensitivity;

/// <summary>The outputs a sensitivity study analyses when none are named: the results the paper argues about (inequality,
/// the Capital Region's share, concentration outside it, the spread of capacity) and the win probability of every winner
/// the scenario's historical record names, so the defaults follow the scenario rather than a fixed list of regions.</summary>
public static class SensitivityOutputs
{
    /// <summary>The outcome metrics analysed by default, in order.</summary>
    public static readonly IReadOnlyList<string> Metrics =
        [OutcomeMetrics.Gini, OutcomeMetrics.CapitalRegionShare, OutcomeMetrics.NonCapitalHerfindahl, OutcomeMetrics.CapacitySdChange];

    /// <summary>Returns the default outputs of <paramref name="scenario"/>: <see cref="Metrics"/>, then
    /// <c>win_&lt;project&gt;_&lt;region&gt;</c> for each named winner of its record the scenario admits as a candidate, in the record's order (none
    /// without a record).</summary>
    public static IReadOnlyList<string> Defaults(LoadedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Document["record"] is not JsonArray { Count: > 0 })
        {
            return Metrics;
        }
        // Read as stated: a what-if may no longer admit a recorded winner, whose chance is then nothing to study.
        var model = scenario.Model;
        var wins = HistoricalRecord.AsStated(scenario).SelectMany(c => c.Named
            .Where(region => model.Projects.First(p => p.Id == c.Project).Admits(model.Regions.ToList().FindIndex(r => r.Id == region)))
            .Select(region => $"win_{c.Project}_{region}"));
        return [.. Metrics.Concat(wins).Distinct()];
    }

    /// <summary>Returns what <paramref name="output"/> measures, in words, for reports: the metric's description, or which region
    /// wins which project; the name itself when it is neither.</summary>
    public static string Describe(Core.Scenario scenario, string output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(output);
        if (OutcomeMetrics.For(scenario).FirstOrDefault(m => m.Name == output) is { } metric)
        {
            return metric.Description;
        }
        foreach (var project in scenario.Projects)
        {
            foreach (var region in scenario.Regions)
            {
                if (output == $"win_{project.Id}_{region.Id}")
                {
                    return $"probability that {region.Name} wins {project.Name} (alone or in a joint bid)";
                }
            }
        }
        return output;
    }
}
