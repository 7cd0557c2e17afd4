using System.Globalization;
using CsvHelper;
using Simulation.Core.Bidding;

namespace Simulation.Web.Games;

/// <summary>
/// Every decision of a class game as CSV, for the teacher to take home: one row per judged round, seated region and team
/// member, with what the member proposed, what the region decided (or that the model played for it), whether it won, and
/// the region's final standing.
/// </summary>
public static class GameExport
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "round", "year", "project", "regime", "region", "region_name", "student", "captain",
        "proposed_bid", "proposed_effort", "proposed_team_up", "proposed_at",
        "decided_by", "decided_bid", "decided_effort", "decided_team_up", "won", "final_rank", "final_wins", "final_net_gain",
    ];

    /// <summary>Returns the CSV text of <paramref name="game"/> (UTF-8, "\n" line ends, invariant numbers).</summary>
    public static string Csv(ClassroomGame game) => game.Read(g =>
    {
        var play = g.Game;
        var regions = play.Scenario.Regions;
        var standings = play.Standings();
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }
            csv.EndRecord();
            foreach (var decision in g.Decisions)
            {
                var round = play.Rounds[decision.Round];
                var result = decision.Round < play.Results.Count ? play.Results[decision.Round] : null;
                var region = regions[decision.Region];
                var rank = standings.ToList().FindIndex(s => s.Region == region.Id);
                var standing = rank >= 0 ? standings[rank] : null;
                foreach (var token in decision.Members)
                {
                    var seat = g.Teams.Ever[token];
                    var proposal = g.Teams.History.LastOrDefault(p => p.Round == decision.Round && p.Token == token);
                    Fields(csv, round.Number.ToString(CultureInfo.InvariantCulture), round.Year.ToString(CultureInfo.InvariantCulture), round.ProjectId,
                        result?.Regime ?? "", region.Id, region.Name, seat.Name, seat.Captain ? "true" : "false");
                    Choice(csv, proposal?.Choice);
                    csv.WriteField(proposal?.At.ToString("O", CultureInfo.InvariantCulture) ?? "");
                    csv.WriteField(decision.Choice is null ? "model" : "team");
                    Choice(csv, decision.Choice);
                    csv.WriteField(result is null ? "" : result.Bids.Any(b => b.Won && b.Regions.Contains(region.Id)) ? "true" : "false");
                    Fields(csv, rank >= 0 ? (rank + 1).ToString(CultureInfo.InvariantCulture) : "", standing?.Wins.ToString(CultureInfo.InvariantCulture) ?? "",
                        standing?.NetGainBillionWon.ToString("R", CultureInfo.InvariantCulture) ?? "");
                    csv.EndRecord();
                }
            }
            csv.Flush();
        }
        return text.ToString();
    });

    private static void Choice(CsvWriter csv, PlayerChoice? choice) => Fields(csv,
        choice is not { } made ? "" : made.Bid ? "true" : "false",
        choice is { Bid: true } c ? c.EffortBillionWon.ToString("R", CultureInfo.InvariantCulture) : "",
        choice is not { } team ? "" : team.TeamUp ? "true" : "false");

    private static void Fields(CsvWriter csv, params string[] values)
    {
        foreach (var value in values)
        {
            csv.WriteField(value);
        }
    }
}
