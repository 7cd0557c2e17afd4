using System.Globalization;

namespace Simulation.Web.Games;

/// <summary>What a student may be called: a name that shows the same on every page, in the export and in the debrief, so no
/// control character or line break (which would split a CSV row or break the chart's XML) and nothing invisible.</summary>
public static class StudentName
{
    /// <summary>True when <paramref name="name"/> has a letter or digit and no control, format (zero-width) or separator
    /// character other than the ordinary space.</summary>
    public static bool IsReadable(string name)
    {
        var visible = false;
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (category == UnicodeCategory.SpaceSeparator && c != ' '))
            {
                return false;
            }
            visible |= char.IsLetterOrDigit(c);
        }
        return visible;
    }
}
