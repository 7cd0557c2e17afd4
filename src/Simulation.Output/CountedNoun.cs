using System.Globalization;

namespace Simulation.Output;

/// <summary>A number with its noun, singular for one ("1 student", "3 students"): the pages and reports a class reads are
/// often about a single team or round. Regular plurals only, which is all the nouns counted here need.</summary>
public static class CountedNoun
{
    /// <summary>Returns <paramref name="count"/> followed by <paramref name="noun"/>, with an s unless the count is one.</summary>
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
