using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Every place an extending file's own document sets, beside what the file it extends has there, walked as the merge
/// aligns them (objects field by field, keyed arrays element by element by key): what the checks of an extending file
/// compare (<see cref="DroppedElements"/>, <see cref="SourcedNumberReplacement"/>). Read once per file at loading, so an
/// iterator's allocations do not matter.
/// </summary>
internal static class ExtendedPlaces
{
    /// <summary>Returns each place: what <paramref name="parent"/> has there (null where it has nothing), what
    /// <paramref name="child"/> sets, and its path, keyed elements named by key (<c>$.regions[jeju].values</c>).</summary>
    public static IEnumerable<(JsonNode? Parent, JsonNode? Child, string Path)> Of(JsonNode? parent, JsonNode? child, string path = "$")
    {
        yield return (parent, child, path);
        switch (parent, child)
        {
            case (JsonObject p, JsonObject c):
                foreach (var (name, value) in c)
                {
                    foreach (var place in Of(p[name], value, $"{path}.{name}"))
                    {
                        yield return place;
                    }
                }
                break;
            case (JsonArray p, JsonArray c) when MergedByKey(p, c) is { } key:
                foreach (var element in c.OfType<JsonObject>())
                {
                    var id = element[key]!.GetValue<string>();
                    foreach (var place in Of(p.OfType<JsonObject>().FirstOrDefault(e => e[key]!.GetValue<string>() == id), element, $"{path}[{id}]"))
                    {
                        yield return place;
                    }
                }
                break;
        }
    }

    /// <summary>Returns the key two arrays are merged by, element by element, or null when the child's replaces the parent's
    /// whole.</summary>
    public static string? MergedByKey(JsonArray parent, JsonArray child) =>
        ElementKey.CommonTo(parent) is { } key && ElementKey.CommonTo(child) == key ? key : null;
}
