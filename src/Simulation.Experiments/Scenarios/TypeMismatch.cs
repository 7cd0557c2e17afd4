using System.Text.RegularExpressions;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Says a schema's type findings in an author's words: "a string where a number or an object is expected" once, rather
/// than one "Value is "string" but should be ..." per alternative of an <c>anyOf</c>; and, for a plain number where an
/// object is expected (nearly always a sourced number), how a sourced number is written.
/// </summary>
internal static partial class TypeMismatch
{
    /// <summary>Returns the type the schema library's message says was found and the one it expected, or null for
    /// another kind of message.</summary>
    public static (string Found, string Expected)? Read(string message) =>
        Pattern().Match(message) is { Success: true } match ? (match.Groups[1].Value, match.Groups[2].Value) : null;

    /// <summary>Returns one sentence for a value of type <paramref name="found"/> where any of <paramref name="expected"/>
    /// would do.</summary>
    public static string Explain(string found, IReadOnlyList<string> expected)
    {
        var alternatives = string.Join(" or ", expected.Distinct().Select(Article));
        var text = $"{Article(found)} where {alternatives} is expected";
        // Only where an object alone will do: a number where a text or an object is expected (an inSample) is no sourced number.
        return found is "number" or "integer" && expected.Distinct().SequenceEqual(["object"])
            ? text + " (a sourced number is written { \"value\": 0.5, \"source\": \"where it comes from\" })"
            : text;
    }

    private static string Article(string type) => type switch
    {
        "array" or "object" or "integer" => $"an {type}",
        "null" => "null",
        _ => $"a {type}",
    };

    [GeneratedRegex("^Value is \"(\\w+)\" but should be \"(\\w+)\"$")]
    private static partial Regex Pattern();
}
