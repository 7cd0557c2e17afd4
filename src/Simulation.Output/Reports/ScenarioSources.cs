using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Output.Reports;

/// <summary>Finds every entry of a merged scenario document that carries a <c>source</c>, so a report can show where each
/// parameter comes from without knowing the scenario format field by field (the walk mirrors
/// <c>ParameterDiff</c>'s naming of list elements).</summary>
public static class ScenarioSources
{
    /// <summary>Returns the sourced entries in document order: <c>{value, source}</c> numbers with their value, and other
    /// objects with a source (timeline periods, indices, partnerships) with an empty value. Region attributes are left
    /// out: a report lists them with their units.</summary>
    /// <param name="document">The merged scenario document.</param>
    public static IReadOnlyList<SourcedParameter> In(JsonObject document)
    {
        var found = new List<SourcedParameter>();
        Walk(document, string.Empty, found);
        return found;
    }

    private static void Walk(JsonNode? node, string path, List<SourcedParameter> found)
    {
        switch (node)
        {
            case JsonObject o when o["value"] is JsonNode v && o["source"] is JsonValue s:
                found.Add(new SourcedParameter(path, Text(v), Text(s)));
                break;
            case JsonObject o:
                if (path.Length > 0 && o["source"] is JsonValue source)
                {
                    found.Add(new SourcedParameter(path, string.Empty, Text(source)));
                }
                foreach (var (key, child) in o)
                {
                    if (key is not ("source" or "$schema" or "description") && !(path.Length == 0 && key == "attributes"))
                    {
                        Walk(child, path.Length == 0 ? key : $"{path}.{key}", found);
                    }
                }
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    var name = Experiments.Scenarios.ElementKey.NameOf(list[i]) ?? (list[i] is JsonObject x && x["regime"] is JsonValue regime ? Text(regime) : i.ToString(CultureInfo.InvariantCulture));
                    Walk(list[i], $"{path}[{name}]", found);
                }
                break;
        }
    }

    private static string Text(JsonNode node) => node is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.Number => value.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetValue<string>(),
        _ => value.ToJsonString(),
    } : node.ToJsonString();
}
