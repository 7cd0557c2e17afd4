using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The fields that name the elements of a scenario's lists (a region's or regime's <c>id</c>, a tilt's or allocation's
/// <c>signal</c>, a fund zone's <c>zone</c>, a recorded competition's <c>project</c>): one list, so that an extending file
/// merges elements by the same names that parameter paths, priors and reports select and print them by.
/// </summary>
public static class ElementKey
{
    /// <summary>The naming fields, in the order they are tried.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["id", "signal", "zone", "project"];

    /// <summary>Returns the element's name: the first naming field it carries as a string, or null.</summary>
    public static string? NameOf(JsonNode? element)
    {
        if (element is not JsonObject o)
        {
            return null;
        }
        foreach (var field in Fields)
        {
            if (o[field] is JsonValue v && v.TryGetValue<string>(out var name))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>Returns the naming field every element of <paramref name="list"/> carries as a string, or null (also for an
    /// empty list): the field an extending file's list is merged by.</summary>
    public static string? CommonTo(JsonArray list) =>
        list.Count == 0 ? null : Fields.FirstOrDefault(f => list.All(e => e is JsonObject o && o[f] is JsonValue v && v.TryGetValue<string>(out _)));

    /// <summary>Returns the element of <paramref name="list"/> named <paramref name="name"/> (<see cref="NameOf"/>), or null.</summary>
    public static JsonObject? Find(JsonArray list, string name) => list.OfType<JsonObject>().FirstOrDefault(e => NameOf(e) == name);

    /// <summary>Returns the element's name when no other element of <paramref name="list"/> has the same one, or null.</summary>
    public static string? UniqueNameOf(JsonArray list, int index) =>
        NameOf(list[index]) is { } name && list.Count(e => NameOf(e) == name) == 1 ? name : null;
}
