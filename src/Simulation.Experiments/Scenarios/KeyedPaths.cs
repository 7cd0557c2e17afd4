using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Rewrites a JSON path into a merged scenario so that list elements are named by their key (<c>$.regions[jeju].values</c>,
/// <c>$.projects[aiDataCentre].year</c>) rather than their position: a position counts the elements of every file in the
/// chain, which matches none of the files the author edits, while the key is the same in all of them (and is the syntax
/// sweep factors use).
/// </summary>
public static class KeyedPaths
{
    /// <summary>Returns <paramref name="problems"/> with their paths rewritten against <paramref name="merged"/>.</summary>
    public static IReadOnlyList<ScenarioProblem> Rewrite(IReadOnlyList<ScenarioProblem> problems, JsonObject merged) =>
        [.. problems.Select(p => p with { JsonPath = Rewrite(p.JsonPath, merged) })];

    /// <summary>Returns <paramref name="path"/> with every position of an element that has a key unique in its list
    /// replaced by that key; the rest of the path is kept as it is from the first step that does not resolve.</summary>
    public static string Rewrite(string path, JsonNode root)
    {
        if (!path.StartsWith('$'))
        {
            return path;
        }
        var result = new StringBuilder("$");
        JsonNode? node = root;
        var i = 1;
        while (i < path.Length && node is not null)
        {
            if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0
                && int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && node is JsonArray array && index < array.Count)
            {
                result.Append('[').Append(KeyOf(array, index) ?? index.ToString(CultureInfo.InvariantCulture)).Append(']');
                node = array[index];
                i = close + 1;
            }
            else if (path[i] == '.' && node is JsonObject obj)
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                var name = end < 0 ? path[(i + 1)..] : path[(i + 1)..end];
                result.Append('.').Append(name);
                node = obj[name];
                i = end < 0 ? path.Length : end;
            }
            else
            {
                break;
            }
        }
        return result.Append(path.AsSpan(i)).ToString();
    }

    // The element's name (ElementKey) when no other element of the list has the same one.
    private static string? KeyOf(JsonArray array, int index) => ElementKey.UniqueNameOf(array, index);
}
