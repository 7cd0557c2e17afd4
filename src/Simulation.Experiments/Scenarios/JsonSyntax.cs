using System.Text.Json;

namespace Simulation.Experiments.Scenarios;

/// <summary>Words a JSON syntax error is reported with, for scenario and experiment files alike.</summary>
internal static class JsonSyntax
{
    /// <summary>What a file with nothing but white space (or nothing at all) is told, before the parser sees it.</summary>
    public const string Empty = "the file is empty (or only white space); a scenario or an experiment is a JSON object, { ... }";

    /// <summary>Most characters of the file's own text a reason quotes.</summary>
    public const int ExcerptLength = 40;

    // The parser quotes a word that is not a JSON literal with everything after it (a YAML file's whole text).
    private const string NotALiteral = "' is an invalid JSON literal.";

    /// <summary>Whether <paramref name="text"/> holds nothing but white space and a byte-order mark.</summary>
    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal));

    /// <summary>Returns the parser's reason as it gives it, on one line, quoting at most <see cref="ExcerptLength"/>
    /// characters of the file; the caller adds the position in the file's own terms (a line or a JSON path), read from the
    /// exception's typed members rather than from its text.</summary>
    public static string Reason(JsonException e)
    {
        // The parser ends its message with its own 0-based position, which would contradict the 1-based one the caller gives.
        var position = $" LineNumber: {e.LineNumber} | BytePositionInLine: {e.BytePositionInLine}.";
        var message = e.LineNumber is not null && e.Message.EndsWith(position, StringComparison.Ordinal) ? e.Message[..^position.Length] : e.Message;
        // Advice to the programmer who set the parser up ("Change the reader options."), which an author cannot act on.
        message = message.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal)
            .Replace(" which is not supported in this mode", string.Empty, StringComparison.Ordinal);
        var quoted = message.LastIndexOf(NotALiteral, StringComparison.Ordinal);
        if (message.StartsWith('\'') && quoted > 0)
        {
            message = $"'{Excerpt(message[1..quoted])}{message[quoted..]}";
        }
        return "not valid JSON: " + message;
    }

    /// <summary>Returns the first line of <paramref name="text"/>, cut to <see cref="ExcerptLength"/> characters (with "…"
    /// where it was cut), so that a message quoting a file stays one short line.</summary>
    public static string Excerpt(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var line = (end < 0 ? text : text[..end]).TrimEnd();
        var cut = line.Length > ExcerptLength || line.Length < text.TrimEnd().Length;
        return cut ? $"{line[..Math.Min(line.Length, ExcerptLength)].TrimEnd()}…" : line;
    }
}
