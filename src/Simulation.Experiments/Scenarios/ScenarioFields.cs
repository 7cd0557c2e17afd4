using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Reads the fields of a scenario document that has passed the schema, and collects what is wrong with it by JSON path:
/// the schema checks types and ranges, but a number it lets through may still not fit the model's type, so every number
/// is read through <see cref="JsonNumber"/> and a misfit stops the reading with the file's problems.
/// </summary>
internal sealed class ScenarioFields(string file)
{
    /// <summary>The problems found so far.</summary>
    public List<ScenarioProblem> Problems { get; } = [];

    /// <summary>Records a problem at <paramref name="path"/>.</summary>
    public void Problem(string path, string message) => Problems.Add(new ScenarioProblem(file, path, message));

    public static JsonNode? At(JsonObject o, string dotted)
    {
        JsonNode? node = o;
        foreach (var part in dotted.Split('.'))
        {
            node = node?[part];
        }
        return node;
    }

    public static JsonObject Obj(JsonObject o, string field) => (JsonObject)At(o, field)!;

    public static List<JsonObject> Array(JsonObject o, string field) => At(o, field)?.AsArray().OfType<JsonObject>().ToList() ?? [];

    public static List<string> Strings(JsonObject o, string field) => At(o, field)?.AsArray().Select(x => x!.GetValue<string>()).ToList() ?? [];

    public static string Str(JsonObject o, string field) => At(o, field)!.GetValue<string>();

    public int Int(JsonObject o, string field) => Int(At(o, field), PathOf(o, field));

    public int Int(JsonNode? node, string path) => (int)Whole(node, path, int.MinValue, int.MaxValue);

    public long Whole(JsonObject o, string field, long min, long max) => Whole(At(o, field), PathOf(o, field), min, max);

    // A number the schema let through may still not fit the model's type (-1e308 as a year): that is the file's
    // problem, reported with its path, and reading stops there because nothing sensible can stand in for it.
    public long Whole(JsonNode? node, string path, long min, long max) =>
        JsonNumber.TryRead(node, min, max, out var value) is { } problem ? Stop(node?.GetPath() ?? path, problem) : value;

    // A sourced number ({ "value": x, "source": "..." }) or a plain number.
    public double Num(JsonObject o, string field)
    {
        var node = At(o, field);
        var path = PathOf(o, field);
        if (node is JsonObject sourced)
        {
            (node, path) = (sourced["value"], path + ".value");
        }
        return JsonNumber.TryRead(node, out var value) is { } problem ? Stop(node?.GetPath() ?? path, problem) : value;
    }

    private static string PathOf(JsonObject o, string dotted) => $"{o.GetPath()}.{dotted}";

    private long Stop(string path, string message)
    {
        Problem(path, message);
        throw new ScenarioException(Problems);
    }

    /// <summary>Returns the position of <paramref name="id"/> among <paramref name="ids"/>, or −1 with a problem naming what
    /// is known.</summary>
    public int Ref(Dictionary<string, int> ids, string id, string path, string what)
    {
        if (ids.TryGetValue(id, out var index))
        {
            return index;
        }
        var near = NearestName.Find(id, ids.Keys) is { } name ? $": did you mean '{name}'?" : string.Empty;
        Problem(path, $"unknown {what} '{id}'" + (ids.Count > 0 && ids.Count <= 20 ? $" (known: {string.Join(", ", ids.Keys)})" : string.Empty) + near);
        return -1;
    }

    /// <summary>Returns each id's position, with a problem for every id given twice.</summary>
    public Dictionary<string, int> Ids(IEnumerable<string> ids, string path)
    {
        var map = new Dictionary<string, int>();
        var i = 0;
        foreach (var id in ids)
        {
            if (!map.TryAdd(id, i))
            {
                Problem($"{path}[{i}].id", $"duplicate id '{id}'");
            }
            i++;
        }
        return map;
    }
}
