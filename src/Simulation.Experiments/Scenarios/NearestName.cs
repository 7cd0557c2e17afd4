namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The known name nearest to a misspelt one (a command, an option, an output), so a refusal can say "did you mean":
/// within two edits (an omitted, added, changed or swapped letter counts one), one for a name of four letters or fewer
/// (two edits would turn 'rm' into 'run').
/// </summary>
public static class NearestName
{
    /// <summary>Returns the nearest of <paramref name="names"/> to <paramref name="typed"/>, or null when none is that near.</summary>
    public static string? Find(string typed, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Distance: Edits(typed, n))).Where(c => c.Distance <= (c.Name.Length <= 4 ? 1 : 2))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).FirstOrDefault();

    // Optimal string alignment distance between a and b.
    private static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
