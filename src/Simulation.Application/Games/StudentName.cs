using System.Globalization;
using System.Text;

namespace Simulation.Application.Games;

/// <summary>What a student may be called: a name that shows the same on every page, in the export and in the debrief, so no
/// control character or line break (which would split a CSV row or break the chart's XML) and nothing invisible. A name is
/// kept in Unicode normalization form C (<see cref="Normalize"/>), so "José" typed with a combining accent is stored as typed
/// precomposed; two names that read the same are one name (<see cref="SameAs"/>), which also folds what a classroom's
/// keyboards differ in: case, full-width Latin letters and digits, runs of spaces, and Hangul typed as separate jamo.</summary>
public static class StudentName
{
    /// <summary>The name in Unicode normalization form C, as the server stores and compares it, with the no-break spaces a
    /// pasted name or some keyboards bring (U+00A0, U+2007, U+202F) made ordinary spaces: they look like one and are one.</summary>
    public static string Normalize(string name) =>
        CanonicalComposition.Normalize(name.Replace('\u00A0', ' ').Replace('\u2007', ' ').Replace('\u202F', ' '));

    /// <summary>Reads the name a student typed to take a seat: trimmed and normalised (<see cref="Normalize"/>), or the
    /// refusal of field <c>name</c> that says what to change (missing, too long, unreadable, or with a comma).</summary>
    public static (string? Name, GameRefusal? Refusal) Read(string? typed)
    {
        var name = typed is null ? null : Normalize(typed.Trim());
        if (name is not { Length: > 0 and <= MostUnits } || Length(name) > 40)
        {
            return (null, GameRefusal.Invalid("name", name switch
            {
                { Length: 0 } or null => "is required: 1 to 40 characters, with a letter or digit",
                _ when Length(name) > 40 => $"is {Length(name)} characters long; at most 40",
                _ => $"takes {name.Length} units of text (its accents and marks count); at most {MostUnits}",
            }));
        }
        if (Unreadable(name) is { } why)
        {
            return (null, GameRefusal.Invalid("name", why));
        }
        return HasComma(name)
            ? (null, GameRefusal.Invalid("name", "may not contain a comma: pages list a team's names separated by commas, so the name would read as several students; "
                + "leave the comma out (\"Kim Minji\", not \"Kim, Minji\")"))
            : (name, null);
    }

    /// <summary>True when <paramref name="name"/> has a letter or digit, only whole characters, and no control, format
    /// (zero-width) or separator character other than the ordinary and the ideographic (full-width) space.</summary>
    public static bool IsReadable(string name) => Unreadable(name) is null;

    /// <summary>How long <paramref name="name"/> is as a reader counts it: an emoji with its skin tone, or a letter with its
    /// combining accent, is one character, not the two to four UTF-16 units it takes.</summary>
    public static int Length(string name) => new StringInfo(name).LengthInTextElements;

    /// <summary>Why <paramref name="name"/> is not readable (<see cref="IsReadable"/>), as the end of a sentence about it, or
    /// null when it is: a name of emoji alone is told it needs a letter or digit, not that it holds invisible characters.</summary>
    public static string? Unreadable(string name) => Hidden(name) switch
    {
        true => "may not contain control characters, line breaks or invisible characters",
        false when !name.EnumerateRunes().Any(IsLetterOrDigit) => "needs a letter or digit: emoji and symbols alone do not name a student",
        false when name.EnumerateRunes().Any(r => r.Value is >= 0x1D400 and <= 0x1D7FF) =>
            "may not use styled letters (bold, italic, Fraktur and the like), which read as plain ones but would be another name: type plain letters",
        false when MostMarksOnOneLetter(name) > MostMarks => $"may not stack more than {MostMarks} accents or marks on one letter",
        _ => null,
    };

    /// <summary>The most combining marks a letter may carry in a name: Vietnamese takes two, a few scripts three; a pile of
    /// dozens ("zalgo" text) spills over the names around it on a projected page.</summary>
    public const int MostMarks = 4;

    // A letter or digit, counting letters that are numbers (Roman numerals such as Ⅻ).
    private static bool IsLetterOrDigit(Rune r) => Rune.IsLetterOrDigit(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.LetterNumber;

    // The longest run of combining marks in the name.
    private static int MostMarksOnOneLetter(string name)
    {
        int most = 0, run = 0;
        foreach (var r in name.EnumerateRunes())
        {
            run = Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? run + 1 : 0;
            most = Math.Max(most, run);
        }
        return most;
    }

    /// <summary>The most UTF-16 units a name may take, whatever its <see cref="Length"/>: four to a character, as an emoji with
    /// its skin tone takes, so that a letter with thousands of combining marks is not one character.</summary>
    public const int MostUnits = 160;

    // Whether the name holds half a character, a control, format or separator character (other than the ordinary and the
    // ideographic space, and a zero-width joiner between two parts of an emoji, as in a family or a flag).
    private static bool Hidden(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsSurrogatePair(name, i))
                {
                    return true; // half a character
                }
                i++;
                continue;
            }
            if (c == '\u200D' && JoinsEmoji(name, i))
            {
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (category == UnicodeCategory.SpaceSeparator && c is not (' ' or '\u3000')))
            {
                return true;
            }
        }
        return false;
    }

    // Whether the joiner at i stands between two symbols (emoji outside the basic plane, or symbols such as ❤, each perhaps
    // followed by a variation selector or a skin tone): a joined emoji, visible as one picture, not an invisible character.
    private static bool JoinsEmoji(string name, int i)
    {
        static bool Symbol(Rune r) => Rune.GetUnicodeCategory(r) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
        var before = i;
        while (before > 0 && (name[before - 1] == '\uFE0F' || (before >= 2 && Rune.TryGetRuneAt(name, before - 2, out var tone) && tone.Value is >= 0x1F3FB and <= 0x1F3FF)))
        {
            before -= name[before - 1] == '\uFE0F' ? 1 : 2;
        }
        var left = before > 0 && Rune.TryGetRuneAt(name, before - (before >= 2 && char.IsSurrogatePair(name[before - 2], name[before - 1]) ? 2 : 1), out var l) && Symbol(l);
        var right = i + 1 < name.Length && Rune.TryGetRuneAt(name, i + 1, out var r) && Symbol(r);
        return left && right;
    }

    /// <summary>True when <paramref name="name"/> holds a comma, the ASCII one or one that reads as it (full-width, small,
    /// ideographic): pages list a team's members separated by commas, so "Zoë, Z" would read as two students.</summary>
    public static bool HasComma(string name) => name.AsSpan().IndexOfAny(Commas) >= 0;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> read as the same name to the teacher.</summary>
    public static bool SameAs(string a, string b) => string.Equals(Key(Normalize(a)), Key(Normalize(b)), StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns one text for every spelling of a name that reads the same (<see cref="SameAs"/>), to count students.</summary>
    public static string Identity(string name) => Key(Normalize(name)).ToUpperInvariant();

    // The name with full-width ASCII (U+FF01-U+FF5E) and the ideographic space folded to ASCII, runs of spaces made one (a
    // page shows "Student  24" as "Student 24"), and Hangul jamo sequences (leading consonant, vowel, optional trailing
    // consonant) composed into their syllables, as Unicode's algorithm does, letters typed one by one included
    // (CompatibilityJamo).
    private static string Key(string name)
    {
        name = CompatibilityJamo.Conjoin(name);
        var key = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                key.Append((char)(c - 0xFEE0));
            }
            else if (c is ' ' or '\u3000')
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else if (c is >= LeadFirst and < LeadEnd && i + 1 < name.Length && name[i + 1] is >= VowelFirst and < VowelEnd)
            {
                var syllable = SyllableFirst + ((((c - LeadFirst) * Vowels) + (name[i + 1] - VowelFirst)) * Tails);
                i++;
                if (i + 1 < name.Length && name[i + 1] is > TailFirst and < TailEnd)
                {
                    syllable += name[i + 1] - TailFirst;
                    i++;
                }
                key.Append((char)syllable);
            }
            else
            {
                key.Append(c);
            }
        }
        return key.ToString().TrimEnd(' ');
    }

    private const string Commas = ",\uFF0C\uFE50\u3001\uFF64"; // ASCII, full-width, small, ideographic, half-width ideographic
    private const int SyllableFirst = 0xAC00;
    private const char LeadFirst = '\u1100';
    private const char VowelFirst = '\u1161';
    private const char TailFirst = '\u11A7';
    private const char LeadEnd = '\u1113'; // 19 leading consonants
    private const char VowelEnd = '\u1176'; // 21 vowels
    private const char TailEnd = '\u11C3'; // 27 trailing consonants after the "none" at TailFirst
    private const int Vowels = 21;
    private const int Tails = 28;
}
