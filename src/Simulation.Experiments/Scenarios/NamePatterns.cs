namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The forms the schemas require of ids and names, in words: a refusal says what a valid one looks like instead of quoting
/// the regular expression. Every pattern the schemas hold has its words here (a test checks), so none is quoted raw.
/// </summary>
public static class NamePatterns
{
    /// <summary>The pattern of a text that must say something (a source, a name, a reason; the schemas' <c>text</c>): one
    /// character that is not white space. The schema library's <c>\s</c> matches ASCII white space alone (a no-break space
    /// passes it), so the other white space of <see cref="char.IsWhiteSpace(char)"/>, and the byte-order mark, are listed.</summary>
    public const string NotBlank = "[^\\s\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        [NotBlank] = "a text holds at least one character that is not white space",
        ["^[a-z][a-zA-Z0-9-]*$"] = "an id starts with a lower-case letter and holds only letters, digits and hyphens (daegu, innovationCities, daegu-gyeongbuk)",
        ["^[A-Za-z0-9][A-Za-z0-9_.-]*$"] = "a name starts with a letter or digit and holds only letters, digits and _ . - (it names a folder, as lee-weights)",
        ["^[A-Za-z][A-Za-z0-9_]*$"] = "a column name starts with a letter and holds only letters, digits and _ (as lee_equity)",
    };

    /// <summary>The patterns that have words.</summary>
    public static IReadOnlyCollection<string> Known => Words.Keys;

    /// <summary>Returns what <paramref name="pattern"/> requires, in words; the pattern itself for one without them.</summary>
    public static string Describe(string pattern) => Words.TryGetValue(pattern, out var words) ? words : $"the form {pattern}";
}
