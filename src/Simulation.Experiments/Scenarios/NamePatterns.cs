namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The forms the schemas require of ids and names, in words: a refusal says what a valid one looks like instead of quoting
/// the regular expression. Every pattern the schemas hold has its words here (a test checks), so none is quoted raw.
/// </summary>
public static class NamePatterns
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["^[a-z][a-zA-Z0-9-]*$"] = "an id starts with a lower-case letter and holds only letters, digits and hyphens (daegu, innovationCities, daegu-gyeongbuk)",
        ["^[A-Za-z0-9][A-Za-z0-9_.-]*$"] = "a name starts with a letter or digit and holds only letters, digits and _ . - (it names a folder, as lee-weights)",
        ["^[A-Za-z][A-Za-z0-9_]*$"] = "a column name starts with a letter and holds only letters, digits and _ (as lee_equity)",
    };

    /// <summary>The patterns that have words.</summary>
    public static IReadOnlyCollection<string> Known => Words.Keys;

    /// <summary>Returns what <paramref name="pattern"/> requires, in words; the pattern itself for one without them.</summary>
    public static string Describe(string pattern) => Words.TryGetValue(pattern, out var words) ? words : $"the form {pattern}";
}
