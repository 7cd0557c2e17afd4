using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>Reads a scenario's or an experiment's bytes, text and JSON object alike, so that a file that cannot be read, is not
/// UTF-8 or is not JSON is refused naming the file (exit code 2, as any rejected document), not reported as a failure to
/// write or read as replacement characters; and a byte-order mark (as some editors save UTF-8) is accepted by both.</summary>
internal static class DocumentText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the bytes of <paramref name="full"/>, or throws <see cref="ScenarioException"/> naming
    /// <paramref name="path"/> when it cannot be read (no permission, an I/O error).</summary>
    public static byte[] ReadBytes(string full, string path, DocumentKind kind)
    {
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ScenarioException(path, "$", $"cannot be read: {e.Message}", kind);
        }
    }

    /// <summary>Returns <paramref name="bytes"/> as text without a leading byte-order mark (as some editors save UTF-8), or
    /// throws <see cref="ScenarioException"/> naming the offset of the first byte that is not UTF-8.</summary>
    public static string Decode(byte[] bytes, string path, DocumentKind kind)
    {
        var text = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(Encoding.UTF8.Preamble.Length) : bytes;
        // UTF-16 (as some Windows editors save "Unicode"): its ASCII letters come with a zero byte each, which is UTF-8 of a
        // kind, so it is said for what it is before a parser calls the zero an invalid start of a property name.
        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble) || bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble)
            || text.IndexOf((byte)0) is >= 0)
        {
            throw new ScenarioException(path, "$", "looks like UTF-16 text (it holds zero bytes, or starts with UTF-16's byte-order mark), "
                + "not UTF-8: save it as UTF-8", kind);
        }
        try
        {
            return Strict.GetString(text);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at byte {e.Index + (bytes.Length - text.Length)}" : string.Empty;
            throw new ScenarioException(path, "$", $"is not UTF-8 text{offset}: save it as UTF-8", kind);
        }
    }

    /// <summary>Returns the JSON object <paramref name="json"/> (text as <see cref="Decode"/> returns it) holds, comments
    /// skipped; or throws <see cref="ScenarioException"/> naming <paramref name="file"/> and where the text is not JSON (a
    /// line and column), the property written twice (its JSON path), or that it is empty or not an object.</summary>
    public static JsonObject ParseObject(string json, string file, DocumentKind kind)
    {
        if (JsonSyntax.IsBlank(json))
        {
            throw new ScenarioException(file, "$", JsonSyntax.Empty, kind);
        }
        try
        {
            var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, AllowDuplicateProperties = false });
            return node as JsonObject ?? throw new ScenarioException(file, "$", $"{(kind == DocumentKind.Experiment ? "an experiment" : "a scenario")} must be a JSON object", kind);
        }
        catch (JsonException e)
        {
            // A syntax error has a line; a repeated property has a path instead, and its line found by reading the text again.
            if (e.LineNumber is { } line)
            {
                throw new ScenarioException(file, $"line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}", JsonSyntax.Reason(e), kind);
            }
            var bytes = Encoding.UTF8.GetBytes(json);
            var path = DuplicateProperty.PathIn(bytes) ?? "$";
            var message = DuplicateProperty.PositionIn(bytes) is var (at, column)
                ? $"is written twice in one object (the second at line {at}, column {column}); a JSON object names each field once, so keep one"
                : JsonSyntax.Reason(e);
            throw new ScenarioException(file, path, message, kind);
        }
    }
}
