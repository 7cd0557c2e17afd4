using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Merges a scenario over the one it extends: objects field by field; arrays whose elements all carry the same naming field
/// (<see cref="ElementKey"/>: an <c>id</c>, a <c>signal</c>, a fund's <c>zone</c>, a recorded competition's <c>project</c>)
/// element by element, matching on it; any other array, and an empty one, replaces the parent's whole; and a field set to
/// <c>null</c> removes the parent's field, so that a what-if can drop an optional setting it inherits (<c>"compared": null</c>).
/// </summary>
public static class JsonMerge
{
    /// <summary>Returns a new object: <paramref name="parent"/> overridden by <paramref name="child"/>, without the fields the
    /// child sets to <c>null</c> (at any depth: in an object it merges into the parent's, in a new element, in an array that
    /// replaces the parent's whole).</summary>
    public static JsonObject Merge(JsonObject parent, JsonObject child)
    {
        var result = MergeObjects(parent, child);
        Strip(result);
        return result;
    }

    private static JsonObject MergeObjects(JsonObject parent, JsonObject child)
    {
        var result = (JsonObject)parent.DeepClone();
        foreach (var (key, value) in child)
        {
            // A null is kept here and removed with every other by Merge's Strip.
            result[key] = result[key] is { } existing ? MergeNode(existing, value) : value?.DeepClone();
        }
        return result;
    }

    /// <summary>Returns a copy of <paramref name="child"/> without its fields set to <c>null</c>, at any depth: what an
    /// extending file says apart from the fields it removes, for the schema to check on its own.</summary>
    public static JsonObject WithoutRemovals(JsonObject child)
    {
        var copy = (JsonObject)child.DeepClone();
        Strip(copy);
        return copy;
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    o.Remove(key);
                }
                foreach (var (_, value) in o)
                {
                    Strip(value);
                }
                break;
            case JsonArray a:
                foreach (var element in a)
                {
                    Strip(element);
                }
                break;
        }
    }

    private static JsonNode? MergeNode(JsonNode existing, JsonNode? overriding) => (existing, overriding) switch
    {
        (JsonObject a, JsonObject b) => MergeObjects(a, b),
        (JsonArray a, JsonArray b) when KeyOf(a) is { } key && KeyOf(b) == key => MergeByKey(a, b, key),
        _ => overriding?.DeepClone(),
    };

    /// <summary>Returns the first element of a keyed array in <paramref name="child"/> that repeats an earlier element's
    /// key (its JSON path, the key and its value), or null: merged element by element, the second would silently be merged
    /// into the first, so an extending file must name each element once.</summary>
    public static (string Path, string Key, string Id)? RepeatedKey(JsonNode? child, string path = "$")
    {
        switch (child)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (RepeatedKey(value, $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonArray a:
                var key = KeyOf(a);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < a.Count; i++)
                {
                    if (key is not null && !seen.Add(a[i]![key]!.GetValue<string>()))
                    {
                        return ($"{path}[{i}].{key}", key, a[i]![key]!.GetValue<string>());
                    }
                    if (RepeatedKey(a[i], $"{path}[{i}]") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static string? KeyOf(JsonArray array) => ElementKey.CommonTo(array);

    private static JsonArray MergeByKey(JsonArray parent, JsonArray child, string key)
    {
        var result = (JsonArray)parent.DeepClone();
        foreach (var element in child.OfType<JsonObject>())
        {
            var id = element[key]!.GetValue<string>();
            var index = result.ToList().FindIndex(e => e is JsonObject o && o[key]!.GetValue<string>() == id);
            if (index >= 0)
            {
                result[index] = MergeObjects((JsonObject)result[index]!, element);
            }
            else
            {
                result.Add(element.DeepClone());
            }
        }
        return result;
    }
}
