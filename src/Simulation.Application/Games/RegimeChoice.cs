using System.Globalization;
using Simulation.Core;

namespace Simulation.Application.Games;

/// <summary>A regime the teacher can start a game under or switch to, with where the scenario's timeline puts it: a game
/// stays under its regime until the teacher switches, so the teacher needs to know which years history gave each.</summary>
/// <param name="Id">Regime id.</param>
/// <param name="Name">Display name.</param>
/// <param name="TimelineYears">The years the scenario's timeline has it in force, as spans ("2003–2007"), or null when none.</param>
/// <param name="TimelineFirst">Whether the timeline starts under it (the regime a game starts under when none is named).</param>
public sealed record RegimeChoice(string Id, string Name, string? TimelineYears = null, bool TimelineFirst = false)
{
    /// <summary>Every regime of <paramref name="scenario"/>, in its order.</summary>
    public static List<RegimeChoice> Of(Scenario scenario)
    {
        var timeline = scenario.Timeline;
        var first = timeline.RegimeAt(timeline.FirstYear);
        return [.. scenario.Regimes.Select((r, i) => new RegimeChoice(r.Id, r.Name, Years(timeline, i), i == first))];
    }

    // The spans of years the timeline has regime `regime` in force: "2003–2007", "2003, 2008–2012"; null for none.
    private static string? Years(Core.Regimes.RegimeTimeline timeline, int regime)
    {
        var spans = new List<string>();
        for (var year = timeline.FirstYear; year <= timeline.LastYear; year++)
        {
            if (timeline.RegimeAt(year) != regime || (year > timeline.FirstYear && timeline.RegimeAt(year - 1) == regime))
            {
                continue;
            }
            var last = year;
            while (last < timeline.LastYear && timeline.RegimeAt(last + 1) == regime)
            {
                last++;
            }
            spans.Add(last == year ? year.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{year}–{last}"));
        }
        return spans.Count == 0 ? null : string.Join(", ", spans);
    }
}
