using System.Globalization;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// What an extending file's arrays drop from its parent's: an index's components have no merge key and are replaced whole,
/// so a file that means to change one component and gives only it leaves the others out. That may be meant, so it is said,
/// not refused: a note names the array and how many of the parent's elements it keeps. Other keyless arrays (a timeline's
/// periods, meant to be given whole) are not noted.
/// </summary>
public static class DroppedElements
{
    /// <summary>Returns a note for each array of components (objects naming an <c>attribute</c>) in <paramref name="child"/>
    /// that has fewer elements than the same array in <paramref name="parent"/>, found by walking both (keyed arrays element
    /// by element, by key).</summary>
    /// <param name="parent">The document extended (merged with its own parents).</param>
    /// <param name="child">The extending file's own document.</param>
    /// <param name="childFile">The extending file, as messages name it.</param>
    /// <param name="parentFile">The file it extends.</param>
    public static IReadOnlyList<string> Notes(JsonObject parent, JsonObject child, string childFile, string parentFile)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(child);
        return [.. ExtendedPlaces.Of(parent, child)
            .Where(place => place is { Parent: JsonArray p, Child: JsonArray c } && ExtendedPlaces.MergedByKey(p, c) is null && c.Count < p.Count
                && p.All(NamesAnAttribute) && c.All(NamesAnAttribute))
            .Select(place => Note(place.Path, ((JsonArray)place.Child!).Count, ((JsonArray)place.Parent!).Count, childFile, parentFile))];
    }

    private static string Note(string path, int given, int had, string childFile, string parentFile)
    {
        var dropped = had - given;
        return string.Create(CultureInfo.InvariantCulture,
            $"{childFile}: {path} gives {given} of the {had} elements {parentFile} has there; an array whose elements have no key is replaced whole, so the other {dropped} {(dropped == 1 ? "is" : "are")} left out (give them all to keep them)");
    }

    private static bool NamesAnAttribute(JsonNode? element) => element is JsonObject o && o["attribute"] is JsonValue;
}
