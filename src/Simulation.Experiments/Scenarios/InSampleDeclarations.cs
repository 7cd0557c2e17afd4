using System.Text.Json.Nodes;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Finds the entries of a scenario's <c>record</c> and <c>patterns</c> whose <c>inSample</c> names the parameters that were
/// sized from their outcome (<c>{ "reason": ..., "parameters": [...] }</c>), and notes the value each parameter holds in the
/// file that writes it. The loader calls it on every file of an <c>extends</c> chain, parent first, so the declaration that
/// counts is that of the last file to write the entry's <c>inSample</c>.
/// </summary>
public static class InSampleDeclarations
{
    private static readonly string[] PatternLists = ["noDesignation", "designationCounts", "grades"];

    /// <summary>Returns how a declaration names a recorded competition: <c>$.record[medicalComplex]</c>.</summary>
    public static string RecordEntry(string project) => $"$.record[{project}]";

    /// <summary>Returns how a declaration names a pattern: <c>$.patterns.grades[medicalComplexGrades]</c>.</summary>
    public static string PatternEntry(string list, string id) => $"$.patterns.{list}[{id}]";

    /// <summary>Notes in <paramref name="declared"/> the declarations that <paramref name="own"/> (one file's document, as
    /// written) makes, each parameter read in <paramref name="merged"/> (that file merged with the files it extends); a plain
    /// reason replaces an earlier declaration, for it holds the entry in sample whatever the parameters. Returns a problem
    /// naming <paramref name="file"/> and the JSON path of each parameter that names no number there.</summary>
    public static IReadOnlyList<ScenarioProblem> Collect(JsonObject own, JsonObject merged, string file, IDictionary<string, InSampleDeclaration> declared)
    {
        var problems = new List<ScenarioProblem>();
        foreach (var (entry, claim) in Claims(own))
        {
            if (claim is not JsonObject { } named || named["parameters"] is not JsonArray parameters)
            {
                declared.Remove(entry);
                continue;
            }
            var sized = new List<SizedParameter>();
            for (var j = 0; j < parameters.Count; j++)
            {
                var text = parameters[j]?.GetValue<string>() ?? string.Empty;
                try
                {
                    var path = ParameterPath.Parse(text);
                    if (path.Unread() is { } unread)
                    {
                        // A number no run reads cannot have been sized to make a run fit the outcome.
                        problems.Add(new ScenarioProblem(file, $"{entry}.inSample.parameters[{j}]", $"{unread}; name a number of the model sized from this outcome"));
                        continue;
                    }
                    sized.Add(new SizedParameter(text, path.Read(merged)));
                }
                catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
                {
                    problems.Add(new ScenarioProblem(file, $"{entry}.inSample.parameters[{j}]", e.Message));
                }
            }
            declared[entry] = new InSampleDeclaration(file, sized);
        }
        return problems;
    }

    // Every inSample the document writes, with the entry it belongs to.
    private static IEnumerable<(string Entry, JsonNode Claim)> Claims(JsonObject document)
    {
        foreach (var item in (document["record"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (item["inSample"] is { } claim && item["project"] is JsonValue project)
            {
                yield return (RecordEntry(project.GetValue<string>()), claim);
            }
        }
        foreach (var list in PatternLists)
        {
            foreach (var item in (document["patterns"]?[list] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (item["inSample"] is { } claim && item["id"] is JsonValue id)
                {
                    yield return (PatternEntry(list, id.GetValue<string>()), claim);
                }
            }
        }
    }
}
