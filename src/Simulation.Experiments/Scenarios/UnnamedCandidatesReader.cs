using System.Text.Json.Nodes;
using Simulation.Core.Projects;

using static Simulation.Experiments.Scenarios.ScenarioFields;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Reads a project's <c>unnamedCandidates</c>, the bidders a record counts without naming, and checks what the schema
/// cannot: the pool names known regions, none of them a named candidate, and is at least as large as the count (the
/// schema has checked that it names each region once).
/// </summary>
internal static class UnnamedCandidatesReader
{
    /// <summary>Returns the project's unnamed candidates, or null when it has none (problems go to <paramref name="fields"/>).</summary>
    public static UnnamedCandidates? Read(ScenarioFields fields, Dictionary<string, int> regions, JsonObject project,
        string path, IReadOnlyList<int> named)
    {
        if (project["unnamedCandidates"] is not JsonObject u)
        {
            return null;
        }
        path += ".unnamedCandidates";
        if (named.Count == 0)
        {
            fields.Problem(path, "the project names no candidates, so every region may bid already: name the known ones in 'candidates'");
        }
        var ids = Strings(u, "among");
        var among = ids.Select((r, i) => fields.Ref(regions, r, $"{path}.among[{i}]", "region")).ToList();
        for (var i = 0; i < among.Count; i++)
        {
            if (among[i] >= 0 && named.Contains(among[i]))
            {
                fields.Problem($"{path}.among[{i}]", $"'{ids[i]}' is a named candidate; the pool holds only regions the record does not name");
            }
        }
        var count = fields.Int(u, "count");
        if (count > among.Count)
        {
            fields.Problem($"{path}.count", $"{count} unnamed candidates but only {among.Count} regions they may be");
        }
        return new UnnamedCandidates(count, among);
    }
}
