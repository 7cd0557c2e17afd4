namespace Simulation.Application.Games;

/// <summary>Hangul typed letter by letter: a keyboard whose input method does not compose sends compatibility jamo (ㄱ, ㅣ,
/// ㅁ, U+3131-U+3163), which no Unicode normalization turns into syllables. Read as the input method would have composed them,
/// so that "ㄱㅣㅁ" is the same name as "김".</summary>
internal static class CompatibilityJamo
{
    private const char First = '\u3131';
    private const char FirstVowel = '\u314F';
    private const char LastVowel = '\u3163';
    private const char LeadFirst = '\u1100';
    private const char VowelFirst = '\u1161';
    private const char TailFirst = '\u11A7';

    // Two vowels an input method types as one (ㅗ then ㅏ is ㅘ), and two consonants after a vowel that end one syllable
    // together (ㄹ then ㄱ is ㄺ) when no vowel follows them (else the second leads the next syllable), made the one letter.
    private static string Combined(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var next = i + 1 < name.Length ? name[i + 1] : '\0';
            var afterVowel = text.Length > 0 && text[^1] is >= FirstVowel and <= LastVowel;
            var beforeVowel = i + 2 < name.Length && name[i + 2] is >= FirstVowel and <= LastVowel;
            if (Pairs.TryGetValue((name[i], next), out var one) && (one is >= FirstVowel and <= LastVowel || (afterVowel && !beforeVowel)))
            {
                text.Append(one);
                i++;
            }
            else
            {
                text.Append(name[i]);
            }
        }
        return text.ToString();
    }

    private static readonly Dictionary<(char, char), char> Pairs = new()
    {
        [('ㅗ', 'ㅏ')] = 'ㅘ',
        [('ㅗ', 'ㅐ')] = 'ㅙ',
        [('ㅗ', 'ㅣ')] = 'ㅚ',
        [('ㅜ', 'ㅓ')] = 'ㅝ',
        [('ㅜ', 'ㅔ')] = 'ㅞ',
        [('ㅜ', 'ㅣ')] = 'ㅟ',
        [('ㅡ', 'ㅣ')] = 'ㅢ',
        [('ㄱ', 'ㅅ')] = 'ㄳ',
        [('ㄴ', 'ㅈ')] = 'ㄵ',
        [('ㄴ', 'ㅎ')] = 'ㄶ',
        [('ㄹ', 'ㄱ')] = 'ㄺ',
        [('ㄹ', 'ㅁ')] = 'ㄻ',
        [('ㄹ', 'ㅂ')] = 'ㄼ',
        [('ㄹ', 'ㅅ')] = 'ㄽ',
        [('ㄹ', 'ㅌ')] = 'ㄾ',
        [('ㄹ', 'ㅍ')] = 'ㄿ',
        [('ㄹ', 'ㅎ')] = 'ㅀ',
        [('ㅂ', 'ㅅ')] = 'ㅄ',
    };

    // For each compatibility consonant ㄱ..ㅎ (U+3131-U+314E): its index as a syllable's leading consonant (-1: a cluster,
    // which never leads) and as its trailing consonant (0: one that never trails: ㄸ, ㅃ, ㅉ).
    private static readonly sbyte[] Lead = [0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
    private static readonly byte[] Tail = [1, 2, 3, 4, 5, 6, 7, 0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 0, 18, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27];

    /// <summary>Returns <paramref name="name"/> with its compatibility jamo made conjoining jamo: a consonant before a vowel
    /// leads a syllable; one after a syllable's vowel and not before a vowel ends it; a vowel is a syllable's vowel. What
    /// follows (<see cref="StudentName"/>) composes those into syllables; anything else is left as it is.</summary>
    public static string Conjoin(string name)
    {
        if (!name.Any(c => c is >= First and <= LastVowel))
        {
            return name;
        }
        name = Combined(name);
        var text = name.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            var c = name[i];
            if (c is >= FirstVowel and <= LastVowel)
            {
                text[i] = (char)(VowelFirst + (c - FirstVowel));
            }
            else if (c is >= First and < FirstVowel)
            {
                var beforeVowel = i + 1 < name.Length && name[i + 1] is >= FirstVowel and <= LastVowel;
                var afterVowel = i > 0 && text[i - 1] is >= VowelFirst and <= '\u1175';
                var k = c - First;
                if (beforeVowel && Lead[k] >= 0)
                {
                    text[i] = (char)(LeadFirst + Lead[k]);
                }
                else if (!beforeVowel && afterVowel && Tail[k] > 0)
                {
                    text[i] = (char)(TailFirst + Tail[k]);
                }
            }
        }
        return new string(text);
    }
}
