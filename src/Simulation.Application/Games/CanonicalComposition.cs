using System.Globalization;
using System.Text;

namespace Simulation.Application.Games;

/// <summary>
/// Unicode normalization form C (canonical decomposition, canonical ordering, then canonical composition) for text of the
/// Basic Multilingual Plane, from the data of <c>unicode-composition.txt</c> (written by <c>scripts/unicode/composition.py</c>).
/// The server runs with invariant globalization, where <see cref="string.Normalize()"/> changes nothing, so "José" typed with
/// a combining accent and "José" typed precomposed would stay two names. Characters outside the plane are kept as they are.
/// </summary>
internal static class CanonicalComposition
{
    private static readonly Dictionary<char, string> Decompositions = [];
    private static readonly Dictionary<(char, char), char> Compositions = [];
    private static readonly Dictionary<char, int> Classes = [];

    private const int SyllableFirst = 0xAC00, SyllableCount = 11172, LeadFirst = 0x1100, VowelFirst = 0x1161, TailFirst = 0x11A7;
    private const int LeadCount = 19, VowelCount = 21, TailCount = 28;

    static CanonicalComposition()
    {
        using var stream = typeof(CanonicalComposition).Assembly.GetManifestResourceStream("unicode-composition.txt")
            ?? throw new InvalidOperationException("unicode-composition.txt is not embedded");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var excluded = new HashSet<char>();
        var pairs = new List<(char Composite, string Parts)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(' ');
            switch (fields[0])
            {
                case "D":
                    var parts = string.Concat(fields.Skip(2).Select(f => Hex(f).ToString()));
                    Decompositions[Hex(fields[1])] = parts;
                    pairs.Add((Hex(fields[1]), parts));
                    break;
                case "X":
                    excluded.Add(Hex(fields[1]));
                    break;
                case "C":
                    Classes[Hex(fields[1])] = int.Parse(fields[2], CultureInfo.InvariantCulture);
                    break;
                default:
                    break; // a comment
            }
        }
        foreach (var (composite, parts) in pairs.Where(p => p.Parts.Length == 2 && !excluded.Contains(p.Composite)))
        {
            Compositions[(parts[0], parts[1])] = composite;
        }
    }

    /// <summary>Returns <paramref name="text"/> in normalization form C.</summary>
    public static string Normalize(string text)
    {
        var decomposed = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            Decompose(c, decomposed);
        }
        // Canonical ordering: a run of combining marks sorted by class, stably.
        for (var i = 1; i < decomposed.Length; i++)
        {
            for (var j = i; j > 0 && Class(decomposed[j]) is var cls and > 0 && Class(decomposed[j - 1]) > cls; j--)
            {
                (decomposed[j - 1], decomposed[j]) = (decomposed[j], decomposed[j - 1]);
            }
        }
        var composed = new StringBuilder(decomposed.Length);
        var starter = -1;
        var lastClass = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var cls = Class(c);
            // Not blocked: nothing stands between the starter and c, or what stands last has a lower, non-zero class.
            var adjacent = starter == composed.Length - 1;
            if (starter >= 0 && (adjacent || (lastClass != 0 && lastClass < cls)) && Compose(composed[starter], c) is { } composite)
            {
                composed[starter] = composite;
                continue;
            }
            if (cls == 0)
            {
                starter = composed.Length;
            }
            lastClass = cls;
            composed.Append(c);
        }
        return composed.ToString();
    }

    private static void Decompose(char c, StringBuilder into)
    {
        if (c - SyllableFirst is >= 0 and < SyllableCount)
        {
            into.Append(c); // already composed; a trailing consonant after it composes in Compose
        }
        else if (Decompositions.TryGetValue(c, out var parts))
        {
            foreach (var part in parts)
            {
                Decompose(part, into);
            }
        }
        else
        {
            into.Append(c);
        }
    }

    private static int Class(char c) => Classes.GetValueOrDefault(c);

    private static char? Compose(char first, char second)
    {
        if (first - LeadFirst is >= 0 and < LeadCount && second - VowelFirst is >= 0 and < VowelCount)
        {
            return (char)(SyllableFirst + ((((first - LeadFirst) * VowelCount) + (second - VowelFirst)) * TailCount));
        }
        if (first - SyllableFirst is >= 0 and < SyllableCount && (first - SyllableFirst) % TailCount == 0 && second - TailFirst is > 0 and < TailCount)
        {
            return (char)(first + (second - TailFirst));
        }
        return Compositions.TryGetValue((first, second), out var composite) ? composite : null;
    }

    private static char Hex(string hex) => (char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
