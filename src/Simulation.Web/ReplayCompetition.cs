using System.Globalization;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Replay;

namespace Simulation.Web;

/// <summary>One competition of a <see cref="ReplayYear"/>: the record's numbers for any client, and the table of bids worded
/// on the server (columns, region names, formatted numbers), so the page's script renders it without labelling it.</summary>
/// <param name="Project">Project id.</param>
/// <param name="Title">The project's name, from the scenario.</param>
/// <param name="Subtitle">How many bids win it, for example <c>(1 winner)</c>.</param>
/// <param name="Bids">The bids that entered, strongest chance first, as numbers.</param>
/// <param name="Table">The bids as the page shows them; null when nobody bid.</param>
/// <param name="StayedOut">The regions that could have bid but did not, in a sentence; null when every candidate bid.</param>
/// <param name="Why">Plain sentences on why the winners won.</param>
public sealed record ReplayCompetition(string Project, string Title, string Subtitle, IReadOnlyList<BidRecord> Bids, ReplayTable? Table,
    string? StayedOut, IReadOnlyList<string> Why)
{
    private static readonly IReadOnlyList<ReplayColumn> Columns =
    [
        new("Bid", ReplayColumnKind.Label),
        new("Effort (₩\u00a0bn)", ReplayColumnKind.Number),
        // On a phone the criteria score gives way: who bid, what they spent, their chance and who won stay in view.
        new("Criteria score", ReplayColumnKind.Number, GivesWay: true,
            Note: "Criteria score: how well the bid fits the project's criteria as the regime weighs them, effort left aside; "
                + "0 is an average region, below 0 a weaker one."),
        new("Chance before the selection", ReplayColumnKind.Number),
        new("Won", ReplayColumnKind.Mark),
    ];

    /// <summary>Words <paramref name="record"/> for the page, naming regions by <paramref name="regionNames"/>.</summary>
    public static ReplayCompetition From(CompetitionRecord record, IReadOnlyDictionary<string, string> regionNames)
    {
        string Names(IEnumerable<string> ids, string separator) => string.Join(separator, ids.Select(id => regionNames.GetValueOrDefault(id, id)));
        var table = record.Bids.Count == 0 ? null : new ReplayTable("Bids, most likely winner first", Columns,
            [.. record.Bids.Select(b => new ReplayRow(
                [
                    Names(b.Regions, " + "),
                    b.EffortBillionWon.ToString("0.0", CultureInfo.InvariantCulture),
                    b.Merit.ToString("0.00", CultureInfo.InvariantCulture),
                    ResultNarrative.Percent(b.Chance) + " %",
                    b.Won ? "won" : "did not win",
                ], b.Won))]);
        var bidders = record.Bids.SelectMany(b => b.Regions).ToHashSet(StringComparer.Ordinal);
        var stayedOut = record.Candidates.Where(id => !bidders.Contains(id)).ToList();
        return new ReplayCompetition(record.Project, record.ProjectName, $"({record.Winners} winner{(record.Winners == 1 ? "" : "s")})", record.Bids, table,
            stayedOut.Count == 0 ? null : $"Could have bid but did not: {Names(stayedOut, ", ")}.", record.Why);
    }
}
