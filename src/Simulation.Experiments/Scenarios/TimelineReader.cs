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
        System.Array.Fill(byYear, -1);
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
            for (var y = from; y <= to; y++)
            {
                if (y < firstYear || y > lastYear)
                {
                    fields.Problem(path, $"year {y} is outside the horizon {firstYear}–{lastYear}");
                    break;
                }
                if (byYear[y - firstYear] >= 0)
                {
                    fields.Problem(path, $"year {y} is covered twice (overlapping timeline entries)");
                    break;
                }
                byYear[y - firstYear] = regime;
            }
        }
        var gaps = Enumerable.Range(0, byYear.Length).Where(i => byYear[i] < 0).Select(i => firstYear + i).ToList();
        if (gaps.Count > 0)
        {
            fields.Problem("$.timeline", $"no regime is in force in {string.Join(", ", gaps)}: the timeline must cover {firstYear}–{lastYear} without gaps");
        }
        return byYear.Length == 0 || gaps.Count > 0 ? null : new RegimeTimeline(firstYear, byYear);
    }
}
