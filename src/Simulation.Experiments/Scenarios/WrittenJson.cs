using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// A JSON value as a problem quotes it: as the author wrote it, so that <c>"대구"</c> reads as 대구 and not as
/// <c>"\uB300\uAD6C"</c>, as the serializer's default (which escapes every character outside ASCII) would print it. Only what
/// JSON itself needs escaped, and what would not show, is escaped: quotes, backslashes, control characters and a lone
/// surrogate.
/// </summary>
public static class WrittenJson
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns <paramref name="node"/> as JSON text with its characters as written, or <c>null</c> for a JSON null.</summary>
    public static string Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => Quote(text),
        JsonArray array => $"[{string.Join(",", array.Select(Of))}]",
        JsonObject obj => $"{{{string.Join(",", obj.Select(p => $"{Quote(p.Key)}:{Of(p.Value)}"))}}}",
        _ => node.ToJsonString(Relaxed),
    };

    /// <summary>Returns <paramref name="text"/> as a JSON string, in quotes, its characters as written.</summary>
    public static string Quote(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : true;
            _ = c switch
            {
                '"' => result.Append("\\\""),
                '\\' => result.Append("\\\\"),
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                _ when char.IsControl(c) || !paired => result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => result.Append(c),
            };
        }
        return result.Append('"').ToString();
    }
}
