namespace Simulation.Output.Batch;

/// <summary>
/// Quotes text as POSIX shell words, so generated batch scripts pass paths with spaces, quotes or <c>$</c> through
/// unchanged instead of splitting or expanding them.
/// </summary>
public static class Shell
{
    /// <summary>
    /// Returns <paramref name="word"/> as one shell word: unchanged when it holds only characters the shell leaves
    /// alone (letters, digits and <c>_ . / : = , + @ % -</c>), otherwise in single quotes, with each single quote
    /// written as <c>'\''</c>. The empty string becomes <c>''</c>.
    /// </summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 0 && word.All(IsPlain))
        {
            return word;
        }
        return "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>Returns the words quoted by <see cref="Quote"/> and joined by single spaces: a command line.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    private static bool IsPlain(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or ':' or '=' or ',' or '+' or '@' or '%' or '-';
}
