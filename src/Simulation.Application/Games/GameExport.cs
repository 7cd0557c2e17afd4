using System.Globalization;
using CsvHelper;
using Simulation.Core.Bidding;

namespace Simulation.Application.Games;

/// <summary>
/// Every decision of a class game as CSV, for the teacher to take home: one row per judged round, seated region and team
/// member (and member who proposed in the round but left the team before it was judged), with what the member proposed, what the region decided (or that the model played for it), whether its bid
/// entered and won, and the region's final standing.
/// </summary>
public static class GameExport
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "round", "year", "project", "regime", "region", "region_name", "student", "captain",
        "proposed_bid", "proposed_effort", "proposed_team_up", "proposed_at",
        "decided_by", "decided_bid", "decided_effort", "decided_team_up", "bid_entered", "won", "effort_charged", "prize_won", "final_rank", "final_wins", "final_net_gain", "left_before_judging",
    ];

    /// <summary>Returns the CSV text of <paramref name="game"/> ("\n" line ends, invariant numbers, text that would start a
    /// spreadsheet formula quoted with an apostrophe); the endpoint sends it as UTF-8 with a byte-order mark, which
    /// spreadsheets need to show names in Korean.</summary>
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
                var project = play.Scenario.Projects[round.Project];
                // A consortium member bids as one with its partners for certain: it has no team-up to choose, and the columns stay empty.
                var teamUp = !(project.JointBids && project.Consortia.Any(c => play.Scenario.Partnerships[c].Members.Contains(decision.Region)));
                var rank = standings.ToList().FindIndex(s => s.Region == region.Id);
                var standing = rank >= 0 ? standings[rank] : null;
                // The team when the round was judged, then anyone who proposed in it and left before: their proposal is kept.
                var leavers = g.Teams.History.Where(p => p.Round == decision.Round && g.Teams.Ever[p.Token].Region == decision.Region)
                    .Select(p => p.Token).Except(decision.Members, StringComparer.Ordinal);
                foreach (var token in decision.Members.Concat(leavers))
                {
                    var seat = g.Teams.Ever[token];
                    var proposal = g.Teams.History.LastOrDefault(p => p.Round == decision.Round && p.Token == token);
                    Fields(csv, round.Number.ToString(CultureInfo.InvariantCulture), round.Year.ToString(CultureInfo.InvariantCulture), Text(round.ProjectId),
                        Text(result?.Regime ?? ""), Text(region.Id), Text(region.Name), Text(seat.Name), decision.Captain == token ? "true" : "false");
                    Choice(csv, proposal?.Choice, teamUp);
                    // UTC to the millisecond, in the form spreadsheets read as a time (ISO 8601's "T" and offset they do not).
                    csv.WriteField(proposal?.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "");
                    csv.WriteField(!decision.Candidate ? "not a candidate" : decision.Choice is null ? "model" : decision.Members.Count == 1 ? "student" : "team");
                    if (decision.Choice is null)
                    {
                        ModelChoice(csv, decision.Candidate, result, region.Id, teamUp);
                    }
                    else
                    {
                        Choice(csv, decision.Choice, teamUp);
                    }
                    // In a bid that entered, alone or jointly: a region that chose to bid may still not have, its consortium
                    // staying out when a partner did.
                    var entered = result?.Bids.FirstOrDefault(b => b.Regions.Contains(region.Id));
                    csv.WriteField(result is null ? "" : entered is not null ? "true" : "false");
                    csv.WriteField(result is null ? "" : entered is { Won: true } ? "true" : "false");
                    // The region's part of its bid in the round, whoever decided it: summed over the rounds (once per region and
                    // round, not per student) they give its final net gain, prizes less efforts.
                    var part = entered?.Member(region.Id);
                    Fields(csv, result is null ? "" : Money(part?.EffortChargedBillionWon ?? 0.0), result is null ? "" : Money(part?.PrizeWonBillionWon ?? 0.0));
                    Fields(csv, rank >= 0 ? (rank + 1).ToString(CultureInfo.InvariantCulture) : "", standing?.Wins.ToString(CultureInfo.InvariantCulture) ?? "",
                        // Prizes less efforts: rounded to ₩1 million, where the subtraction's floating-point residue ends.
                        standing is null ? "" : Money(standing.NetGainBillionWon),
                        decision.Members.Contains(token) ? "false" : "true");
                    csv.EndRecord();
                }
            }
            csv.Flush();
        }
        return text.ToString();
    });

    // ₩ billion rounded to ₩1 million, where the sums' floating-point residue ends.
    private static string Money(double billionWon) => Math.Round(billionWon, 3).ToString("0.###", CultureInfo.InvariantCulture);

    // A text a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return first) is written after an
    // apostrophe, which spreadsheets show as text; numbers are written as they are.
    private static string Text(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    // What the model did for a candidate region nobody decided for, read from the judged round: whether it bid, the effort of
    // its own bid and whether it bid jointly. A joint bid's effort is its members' together, not the region's, so it is left
    // empty; so is everything when the joint bid it was in was decided by its partners' players, and before judging.
    private static void ModelChoice(CsvWriter csv, bool candidate, Experiments.Replay.CompetitionRecord? result, string region, bool teamUpChosen)
    {
        var bid = result?.Bids.FirstOrDefault(b => b.Regions.Contains(region));
        if (!candidate || result is null || bid is { Played: true })
        {
            Fields(csv, "", "", "");
            return;
        }
        var joint = bid is { Regions.Count: > 1 };
        // Rounded to ₩1 million, as the net gain is: the model's effort is a computed number, not one a student typed.
        Fields(csv, bid is null ? "false" : "true", bid is null || joint ? "" : Math.Round(bid.EffortBillionWon, 3).ToString("0.###", CultureInfo.InvariantCulture),
            !teamUpChosen ? "" : joint ? "true" : "false");
    }

    private static void Choice(CsvWriter csv, PlayerChoice? choice, bool teamUpChosen) => Fields(csv,
        choice is not { } made ? "" : made.Bid ? "true" : "false",
        choice is { Bid: true } c ? c.EffortBillionWon.ToString("R", CultureInfo.InvariantCulture) : "",
        choice is not { } team || !teamUpChosen ? "" : team.TeamUp ? "true" : "false");

    private static void Fields(CsvWriter csv, params string[] values)
    {
        foreach (var value in values)
        {
            csv.WriteField(value);
        }
    }
}
