using System.Globalization;
using Simulation.Application.Replays;
using Simulation.Experiments.Narration;

namespace Simulation.Cli;

/// <summary>A replayed replication as lines of text for a terminal: a heading that says how to get the same history again,
/// then each year's regime and competitions, each bid's effort, criteria score and chance, who won and why.</summary>
public static class ReplayLines
{
    /// <summary>Returns the lines of <paramref name="replayed"/>, naming regions and regimes as its scenario does.</summary>
    public static IEnumerable<string> Of(ReplayedReplication replayed)
    {
        var (scenario, seed, replay) = replayed;
        var regions = scenario.Regions.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var regimes = scenario.Regimes.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        string Names(IEnumerable<string> ids, string separator) => string.Join(separator, ids.Select(id => regions.GetValueOrDefault(id, id)));
        yield return Invariant($"{scenario.Name}: replication {replay.Replication}, mode {replay.Mode}, seed {seed}");
        foreach (var year in replay.Years)
        {
            var regime = regimes.GetValueOrDefault(year.Regime, year.Regime);
            yield return "";
            yield return year.Competitions.Count == 0 ? $"{year.Year}  {regime}: no competition" : $"{year.Year}  {regime}";
            foreach (var competition in year.Competitions)
            {
                yield return Invariant($"  {competition.ProjectName} ({competition.Winners} winner{(competition.Winners == 1 ? "" : "s")})");
                if (competition.Bids.Count == 0)
                {
                    yield return "    nobody bid";
                }
                var width = competition.Bids.Select(b => Names(b.Regions, " + ").Length).Append(3).Max();
                if (competition.Bids.Count > 0)
                {
                    yield return Invariant($"    {"Bid".PadRight(width)}  {"effort ₩ bn",11}  {"criteria",8}  {"chance",7}");
                }
                foreach (var bid in competition.Bids)
                {
                    yield return Invariant($"    {Names(bid.Regions, " + ").PadRight(width)}  {bid.EffortBillionWon,11:0.0}  {bid.Merit,8:0.00}  {ResultNarrative.Percent(bid.Chance) + " %",7}{(bid.Won ? "  won" : "")}");
                }
                var bidders = competition.Bids.SelectMany(b => b.Regions).ToHashSet(StringComparer.Ordinal);
                if (competition.Candidates.Where(id => !bidders.Contains(id)).ToList() is { Count: > 0 } stayedOut)
                {
                    yield return $"    Could have bid but did not: {Names(stayedOut, ", ")}.";
                }
                foreach (var why in competition.Why)
                {
                    yield return $"    {why}";
                }
            }
        }
        if (replay.Years.Count > 0)
        {
            var last = replay.Years[^1];
            yield return "";
            yield return Invariant($"National resources received by the end of {last.Year}, {ResourceNarrative.Unit}:");
            foreach (var (id, value) in replay.Regions.Zip(last.ResourcesPerCapita).OrderByDescending(x => x.Second))
            {
                yield return Invariant($"  {regions.GetValueOrDefault(id, id),-20} {value,10:N0}");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
