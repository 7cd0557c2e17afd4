using System.Text.Json.Nodes;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Scenarios;

/// <summary>Reads a regime's fund <c>zones</c>: the share of the fund each zone of <c>$.zones</c> gets, split among its
/// eligible members. A zoned fund pays a region only through its zone, so every eligible region must sit in exactly one zone
/// the fund names: one in two would be paid twice, and one in none would silently get nothing.</summary>
internal static class FundZoneShares
{
    /// <summary>Returns the zones with their shares normalised to add up to one (none when the fund gives no zones).
    /// <paramref name="eligible"/> is the fund's <c>eligible</c> list by region index (empty: every region).</summary>
    public static List<FundZone> Read(JsonObject fund, string path, string regime, IReadOnlyList<int> eligible,
        Dictionary<string, int> regions, Dictionary<string, int> zoneIds, IReadOnlyList<IReadOnlyList<int>> zoneMembers, ScenarioFields fields)
    {
        var nodes = ScenarioFields.Array(fund, "zones");
        var zones = new List<FundZone>();
        var seen = new HashSet<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var id = ScenarioFields.Str(nodes[i], "zone");
            var zone = fields.Ref(zoneIds, id, $"{path}.zones[{i}].zone", "zone");
            if (zone < 0)
            {
                continue;
            }
            var shared = zoneMembers[zone].Where(m => !seen.Add(m)).ToList();
            if (shared.Count > 0)
            {
                var named = string.Join(", ", regions.Where(r => shared.Contains(r.Value)).Select(r => $"'{r.Key}'"));
                fields.Problem($"{path}.zones[{i}].zone", $"zone '{id}' shares {(shared.Count == 1 ? "the region" : "the regions")} {named} "
                    + "with an earlier zone of this fund, which would pay it twice; keep each region in one zone the fund names");
            }
            zones.Add(new FundZone(id, zoneMembers[zone], fields.Num(nodes[i], "share")));
        }
        if (zones.Count == 0)
        {
            return zones;
        }
        CheckEveryRegionHasAZone(path, regime, eligible, regions, seen, fields);
        var total = zones.Sum(z => z.Share);
        if (!(total > 0))
        {
            fields.Problem($"{path}.zones", "the zone shares add up to zero");
            return zones;
        }
        return zones.Select(z => z with { Share = z.Share / total }).ToList();
    }

    // A region the fund may pay (its eligible list, or every region) but no zone of the fund holds would get nothing without
    // anyone having said so, as a region a scenario adds without a zone would: refused, saying how to place it or leave it out.
    private static void CheckEveryRegionHasAZone(string path, string regime, IReadOnlyList<int> eligible,
        Dictionary<string, int> regions, HashSet<int> zoned, ScenarioFields fields)
    {
        var payable = eligible.Count == 0 ? [.. regions.Values] : eligible.Where(r => r >= 0).ToHashSet();
        var missing = regions.Where(r => payable.Contains(r.Value) && !zoned.Contains(r.Value)).Select(r => $"'{r.Key}'").ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var (who, are) = missing.Count == 1 ? ($"region {missing[0]}", "is") : ($"regions {string.Join(", ", missing)}", "are");
        fields.Problem($"{path}.zones", $"{who} {are} in no zone of the fund of regime '{regime}', so the fund would give "
            + $"{(missing.Count == 1 ? "it" : "them")} nothing; add {(missing.Count == 1 ? "it" : "each")} to the members of a zone in "
            + "$.zones that this fund names, or, to give it nothing on purpose, leave it out of the fund's eligible list "
            + "(listing the regions the fund may pay)");
    }
}
