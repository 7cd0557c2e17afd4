using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// A JSON value as a problem quotes it: as the author wrote it, so that <c>"대구"</c> reads as 대구 and not as
/// <c>"\uB300\uAD6C"</c>, as the serializer's default (which escapes every character outside ASCII) would print it. Only what
/// JSON itself needs escaped, and what would not show, is escaped: quotes, backslashes, a lone surrogate, and controls,
/// format characters, separators, private-use and unassigned code points and every space but U+0020.
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

    /// <summary>
    /// Returns <paramref name="text"/> as a JSON string, in quotes, its characters as written, except those that would not
    /// show, which are written as <c>\uXXXX</c> (one escape per UTF-16 unit, as JSON writes them).
    /// </summary>
    public static string Quote(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length;)
        {
            // A lone surrogate decodes as invalid data and is escaped on its own.
            var whole = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == OperationStatus.Done;
            var units = text.AsSpan(i, whole ? used : 1);
            _ = (whole ? rune.Value : -1) switch
            {
                '"' => result.Append("\\\""),
                '\\' => result.Append("\\\\"),
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                _ when whole && Shows(rune) => result.Append(units),
                _ => Escape(result, units),
            };
            i += units.Length;
        }
        return result.Append('"').ToString();
    }

    /// <summary>
    /// Whether <paramref name="rune"/> shows as itself when printed. Controls, format characters (a zero-width space, a byte
    /// order mark, a right-to-left override), line and paragraph separators, private-use and unassigned code points, and
    /// every space but the plain one (a no-break space reads as an ordinary space) do not: an id quoted with one of them in
    /// it would look like a valid id.
    /// </summary>
    private static bool Shows(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.Surrogate => false,
        UnicodeCategory.SpaceSeparator => rune.Value == ' ',
        _ => true,
    };

    private static StringBuilder Escape(StringBuilder result, ReadOnlySpan<char> units)
    {
        foreach (var unit in units)
        {
            result.Append("\\u").Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
        }
        return result;
    }
}
