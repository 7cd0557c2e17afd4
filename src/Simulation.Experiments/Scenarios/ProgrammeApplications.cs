using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>Reads a programme's <c>applications</c>: the sites each region applied with, where the programme designates
/// only what was applied for, so that no region gets more designations than it asked for.</summary>
internal static class ProgrammeApplications
{
    /// <summary>Returns the applications by region index, or an empty array when the programme gives none; the regions
    /// named must be exactly the eligible ones, so that the two lists cannot disagree.</summary>
    public static int[] Read(JsonObject programme, string path, IReadOnlyList<int> eligible, Dictionary<string, int> regions, ScenarioFields fields)
    {
        if (programme["applications"] is not JsonObject applications || applications["counts"] is not JsonObject counts)
        {
            return [];
        }
        var applied = new int[regions.Count];
        foreach (var (id, node) in counts)
        {
            var region = fields.Ref(regions, id, $"{path}.applications.counts.{id}", "region");
            if (region >= 0)
            {
                applied[region] = (int)fields.Whole(node, $"{path}.applications.counts.{id}", 1, 1_000_000);
            }
        }
        var named = counts.Select(c => regions.GetValueOrDefault(c.Key, -1)).Where(r => r >= 0).ToHashSet();
        if (!named.SetEquals(eligible.Where(r => r >= 0)))
        {
            fields.Problem($"{path}.applications.counts",
                $"names {string.Join(", ", counts.Select(c => c.Key))}, but 'eligible' lists {string.Join(", ", ScenarioFields.Strings(programme, "eligible"))}: "
                + "a programme that designates only what was applied for names the same regions in both");
        }
        return applied;
    }
}
