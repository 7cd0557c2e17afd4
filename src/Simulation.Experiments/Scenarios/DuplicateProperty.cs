using System.Text.Json;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Finds a property written twice in one object. The loaders parse with duplicates forbidden, and System.Text.Json then
/// reports only "$" as where; this walk of the document (parsed again with duplicates allowed) finds the JSON path.
/// </summary>
internal static class DuplicateProperty
{
    /// <summary>Returns the JSON path of the first repeated property in <paramref name="json"/>, or null when there is none.</summary>
    public static string? PathIn(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return Find(document.RootElement, "$");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Find(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, $"{path}[{i++}]") is { } found)
                {
                    return found;
                }
            }
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (!seen.Add(property.Name))
            {
                return at;
            }
            if (Find(property.Value, at) is { } nested)
            {
                return nested;
            }
        }
        return null;
    }
}
