using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>Reads a programme's <c>applications</c>: the sites each region applied with, where the programme designates
/// only what was applied for, so that no region gets more designations than it asked for.</summary>
internal static class ProgrammeApplications
{
    /// <summary>Returns the applications by region index, or an empty array when the programme gives none. Every eligible
    /// region (every region, when <c>eligible</c> is empty) needs a count, 0 for one that did not apply; a region named but
    /// not eligible gets nothing, so a file that extends another can narrow <c>eligible</c> without removing counts.</summary>
    public static int[] Read(JsonObject programme, string path, IReadOnlyList<int> eligible, Dictionary<string, int> regions, ScenarioFields fields)
    {
        if (programme["applications"] is not JsonObject applications || applications["counts"] is not JsonObject counts)
        {
            return [];
        }
        // Indexed by a region's place in the list: with a region listed twice (refused elsewhere, and the reading goes on to
        // gather every problem) the ids are fewer than the places.
        var applied = new int[regions.Count == 0 ? 0 : regions.Values.Max() + 1];
        var named = new HashSet<int>();
        foreach (var (id, node) in counts)
        {
            var region = fields.Ref(regions, id, $"{path}.applications.counts.{id}", "region");
            if (region >= 0)
            {
                applied[region] = (int)fields.Whole(node, $"{path}.applications.counts.{id}", 0, 1_000_000);
                named.Add(region);
            }
        }
        var needed = eligible.Count == 0 ? regions.Values : eligible.Where(r => r >= 0);
        var missing = regions.Where(r => needed.Contains(r.Value) && !named.Contains(r.Value)).Select(r => r.Key).ToList();
        if (missing.Count > 0)
        {
            fields.Problem($"{path}.applications.counts",
                $"gives no count for {string.Join(", ", missing)}, which {(eligible.Count == 0 ? "are eligible ('eligible' is empty: every region)" : "'eligible' lists")}; "
                + "give every eligible region its applications, 0 for one that did not apply");
        }
        return applied;
    }
}
