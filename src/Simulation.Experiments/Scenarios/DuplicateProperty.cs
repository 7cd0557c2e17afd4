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

    /// <summary>Returns the 1-based line and column (in bytes, as the parser counts a syntax error's) of the first repeated
    /// property in <paramref name="json"/>, or null when there is none or the text is not JSON: the same property
    /// <see cref="PathIn"/> names, found in the same document order.</summary>
    public static (long Line, long Column)? PositionIn(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when !objects.Peek().Add(reader.GetString()!):
                        var before = json[..(int)reader.TokenStartIndex];
                        var lineStart = before.LastIndexOf((byte)'\n') + 1;
                        return (before.Count((byte)'\n') + 1, before.Length - lineStart + 1);
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return null;
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
