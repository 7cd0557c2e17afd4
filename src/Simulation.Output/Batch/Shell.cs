using System.Text;

namespace Simulation.Output.Batch;

/// <summary>
/// Quotes text as POSIX shell words, so generated batch scripts pass paths with spaces, quotes or <c>$</c> through
/// unchanged instead of splitting or expanding them, and reads back the first word of a command given as shell text.
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

    /// <summary>
    /// Returns the first word of the command line <paramref name="text"/> as a POSIX shell reads it (quotes removed,
    /// backslash escapes applied, a leading <c>~</c> or <c>~/</c> replaced by <paramref name="home"/>), and the rest of
    /// the text after it as written. The word is null when the shell would expand it where it runs (it holds a <c>$</c>
    /// or a backquote outside single quotes, or starts with <c>~user</c>), so only that machine can say what it names.
    /// Throws <see cref="FormatException"/> for a quote that is not closed.
    /// </summary>
    public static (string? Word, string Remainder) FirstWord(string text, string home)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        var word = new StringBuilder();
        var expands = false;
        if (i < text.Length && text[i] == '~')
        {
            if (i + 1 == text.Length || text[i + 1] is '/' or ' ' or '\t')
            {
                word.Append(home);
            }
            else
            {
                expands = true;
                word.Append('~');
            }
            i++;
        }
        for (; i < text.Length && !EndsWord(text[i]); i++)
        {
            switch (text[i])
            {
                case '\'':
                    var close = text.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException("a single quote that is not closed");
                    }
                    word.Append(text, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    for (i++; i < text.Length && text[i] != '"'; i++)
                    {
                        if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '`' or '"' or '\\')
                        {
                            i++;
                        }
                        else if (text[i] is '$' or '`')
                        {
                            expands = true;
                        }
                        word.Append(text[i]);
                    }
                    if (i == text.Length)
                    {
                        throw new FormatException("a double quote that is not closed");
                    }
                    break;
                case '\\':
                    if (i + 1 < text.Length)
                    {
                        word.Append(text[++i]);
                    }
                    break;
                case '$' or '`':
                    expands = true;
                    word.Append(text[i]);
                    break;
                default:
                    word.Append(text[i]);
                    break;
            }
        }
        return (expands ? null : word.ToString(), text[i..]);
    }

    private static bool EndsWord(char c) => c is ' ' or '\t' or ';' or '|' or '&' or '<' or '>' or '(' or ')';

    private static bool IsPlain(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or ':' or '=' or ',' or '+' or '@' or '%' or '-';
}
