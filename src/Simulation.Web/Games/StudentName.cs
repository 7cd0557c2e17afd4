using System.Globalization;

namespace Simulation.Web.Games;

/// <summary>What a student may be called: a name that shows the same on every page, in the export and in the debrief, so no
/// control character or line break (which would split a CSV row or break the chart's XML) and nothing invisible. Names are
/// compared as typed (the server runs without ICU, so a name typed with combining accents differs from the same name
/// typed precomposed).</summary>
public static class StudentName
{
    /// <summary>True when <paramref name="name"/> has a letter or digit, only whole characters, and no control, format
    /// (zero-width) or separator character other than the ordinary and the ideographic (full-width) space.</summary>
    public static bool IsReadable(string name)
    {
        var visible = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsSurrogatePair(name, i))
                {
                    return false; // half a character
                }
                i++;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (category == UnicodeCategory.SpaceSeparator && c is not (' ' or '\u3000')))
            {
                return false;
            }
            visible |= char.IsLetterOrDigit(c);
        }
        return visible;
    }
}
