using System.Text.Json.Nodes;
using Simulation.Core.Regimes;
using static Simulation.Experiments.Scenarios.ScenarioFields;

namespace Simulation.Experiments.Scenarios;

/// <summary>Reads the timeline of a scenario: one regime in force in every year of the horizon, with no gap and no overlap,
/// each problem named by its entry.</summary>
internal static class TimelineReader
{
    /// <summary>Returns the regime in force each year, or null when the entries leave a gap (the problems say where).</summary>
    public static RegimeTimeline? Read(ScenarioFields fields, Dictionary<string, int> regimes, int firstYear, int lastYear, List<JsonObject> entries)
    {
        var byYear = new int[Math.Max(lastYear - firstYear + 1, 0)];
        var covered = new bool[byYear.Length]; // by some entry, even one whose regime is unknown: a gap is a year none names
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"$.timeline[{i}]";
            var regime = fields.Ref(regimes, Str(entries[i], "regime"), $"{path}.regime", "regime");
            var from = fields.Int(entries[i], "fromYear");
            var to = fields.Int(entries[i], "toYear");
            if (to < from)
            {
                fields.Problem($"{path}.toYear", $"{to} is before fromYear {from}");
            }
            var outside = new List<int>();
            var twice = new List<int>();
            for (var y = from; y <= to; y++)
            {
                if (y < firstYear || y > lastYear)
                {
                    outside.Add(y);
                    continue;
                }
                if (covered[y - firstYear])
                {
                    twice.Add(y);
                    continue;
                }
                covered[y - firstYear] = true;
                byYear[y - firstYear] = regime;
            }
            if (outside.Count > 0)
            {
                fields.Problem(path, $"{Years(outside)} outside the horizon {firstYear}–{lastYear}");
            }
            if (twice.Count > 0)
            {
                fields.Problem(path, $"{Years(twice)} covered twice (overlapping timeline entries)");
            }
        }
        var gaps = Enumerable.Range(0, byYear.Length).Where(i => !covered[i]).Select(i => firstYear + i).ToList();
        if (gaps.Count > 0)
        {
            fields.Problem("$.timeline", $"no regime is in force in {string.Join(", ", gaps)}: the timeline must cover {firstYear}–{lastYear} without gaps "
                + "(a file that extends another and gives a timeline replaces the parent's whole, so it gives every period)");
        }
        return byYear.Length == 0 || gaps.Count > 0 || byYear.Contains(-1) ? null : new RegimeTimeline(firstYear, byYear);
    }

    // "year 2007 is", "years 2007–2009 are", or with gaps "years 2001–2002, 2016 are": consecutive years as one range.
    private static string Years(List<int> years)
    {
        var runs = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }
            runs.Add(i == j ? $"{years[i]}" : $"{years[i]}–{years[j]}");
            i = j + 1;
        }
        return years.Count == 1 ? $"year {years[0]} is" : $"years {string.Join(", ", runs)} are";
    }
}
