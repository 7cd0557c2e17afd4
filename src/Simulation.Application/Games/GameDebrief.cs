using System.Globalization;
using System.Net;
using System.Text;
using Simulation.Output;

namespace Simulation.Application.Games;

/// <summary>
/// The class game's debrief as one self-contained HTML page (inline style and SVG, no scripts), for printing or sharing: how
/// each team did against the model's own games in the same world, who did better than the model and why, and every round.
/// </summary>
public static class GameDebrief
{
    /// <summary>Returns the page of <paramref name="game"/>, started at <paramref name="started"/> and made at
    /// <paramref name="made"/> (local times that name their zone).</summary>
    public static string Html(ClassroomGame game, string started, string made) => game.Read(g =>
    {
        var play = g.Game;
        var regions = play.Scenario.Regions;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Debrief of game ").Append(E(g.Code)).Append("</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
            .Append("table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left}")
            .Append("td.n{text-align:right;font-variant-numeric:tabular-nums}.better{color:#1a7f37}.worse{color:#b42318}.mixed{color:#6b4e00}svg{max-width:100%;height:auto}")
            // On a phone a wide table scrolls within its own box rather than widening the page.
            .Append(".scroll{overflow-x:auto}</style></head><body>");
        html.Append("<h1>Debrief: ").Append(E(g.ScenarioName)).Append(", game ").Append(E(g.Code)).Append("</h1>")
            // Everyone who took a seat counts once, a student the teacher freed included (and said to be, as the teacher's page no
            // longer lists them): a student freed and seated again, or moved out of a region that watches, took two seats under one
            // name. A region counts when students played it: decided for it in a judged round, or hold it now (a region a student
            // sat in for a moment before moving on does not, nor one a student took once every round was judged, which they only
            // watched: the model played it). Every judged round counts, whoever decided.
            .Append("<p>").Append(Students(g)).Append(" in ").Append(CountedNoun.Of(Enumerable.Range(0, regions.Count)
                .Count(r => play.HasDecided(r) || g.Teams.Members(r).Any(s => !s.AfterLastRound)), "region"))
            .Append("; ").Append(CountedNoun.Of(Math.Min(play.Results.Count, play.Rounds.Count), "round")).Append(" judged; game started ").Append(E(started)).Append(", this page made ").Append(E(made)).Append(".</p>");
        if (g.Comparison is not { } comparison)
        {
            html.Append("<p>The game is not finished: the comparison with the model's own games appears when the teacher finishes it.</p>");
        }
        else
        {
            html.Append("<h2>The class against the model</h2><p>Each team is compared with ").Append(comparison.Games.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" games the model played alone in the same scenario, and with the model's play of the same world (same seed).</p><ul>");
            foreach (var sentence in comparison.Sentences)
            {
                html.Append("<li>").Append(E(sentence)).Append("</li>");
            }
            html.Append("</ul>");
            if (g.Teams.Rules.Captains)
            {
                // Members' proposals are advice under captains: said, so that "nobody decided" is not read as "nobody proposed".
                html.Append("<p>With captains, only a captain's proposal decides; the rest of a team's are advice, and in a round with no ")
                    .Append("captain's proposal the model played the region, whatever the rest of its team proposed.</p>");
            }
            html.Append(g.ComparisonChart ?? "");
            html.Append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Teams against the model\"><table><thead><tr><th>region</th><th>team</th><th>projects won</th><th>net gain (₩ bn)</th><th>model, same world</th>")
                .Append("<th>model, typical game</th><th>model, mean net gain</th><th>model games beaten</th><th>verdict</th></tr></thead><tbody>");
            foreach (var p in comparison.Players)
            {
                // One name a line, as a printed table reads best (names hold no comma: StudentName.HasComma).
                var team = g.Teams.All.Where(s => regions[s.Region].Id == p.Region).Select(s => s.Name);
                var better = p.ClassNetGainBillionWon > p.SameWorldNetGainBillionWon;
                html.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>").Append(string.Join("<br>", team.Select(E))).Append("</td><td class=\"n\">").Append(p.ClassWins)
                    .Append("</td><td class=\"n\">").Append(N(p.ClassNetGainBillionWon)).Append("</td><td class=\"n\">").Append(N(p.SameWorldNetGainBillionWon))
                    .Append("</td><td class=\"n\">").Append(N(p.NetGainMedian)).Append("</td><td class=\"n\">").Append(N(p.MeanNetGainBillionWon)).Append("</td><td class=\"n\">")
                    // A region that only watched bid in no round: its net gain equals every game's, which says nothing.
                    .Append(p.Watched || !p.Decided ? "—" : (100 * p.ShareOfGamesBeaten).ToString("0", CultureInfo.InvariantCulture) + " %").Append("</td><td class=\"")
                    .Append(!p.Decided ? "none" : p.PartlyModelPlayed ? "mixed" : better ? "better" : "worse").Append("\">")
                    .Append(p.Watched ? "none: a candidate in no round" : !p.Decided ? "none: nobody in its team decided, the model played it"
                        : better ? "better than the model in the same world" : "not better than the model in the same world")
                    // A win or effort of the model's in rounds nobody decided is in the net gain: said, so the verdict is not the class's alone.
                    .Append(p.PartlyModelPlayed ? ", partly by the model's play in rounds nobody in its team decided" : "")
                    .Append("</td></tr>");
            }
            html.Append("</tbody></table></div><p>Net gain: the prizes' worth won minus the effort spent on bids, ₩ billion. The model's typical game is its ")
                .Append("median: half of its games end better, half worse. Its mean can lie far from it, even outside the range of 90 % of its games, when a ")
                .Append("region rarely wins but then wins a large prize. Model games beaten: the share of the model's games whose net gain the team's beat, a tie counting half (better than 93 % and the ")
                .Append("same as 4 % make 95 %); none for a region that was a candidate in no round or that the model played throughout. Where the model played a region in some rounds (nobody in its team having decided) and won or bid there, the net gain counts that too, and the verdict says so: it is then not the class's play alone. For a region the ")
                .Append("model played throughout, its net gain differs from the model's in the same world only by what the students' play of the other regions ")
                .Append("did to it: the same decision rule met other rivals.</p>");
        }
        html.Append("<h2>Rounds</h2><div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Rounds\"><table><thead><tr><th>round</th><th>year</th><th>project</th><th>regime</th><th>won by</th><th>decided by the model for</th><th>consortium that stayed out</th></tr></thead><tbody>");
        for (var i = 0; i < play.Results.Count && i < play.Rounds.Count; i++)
        {
            var result = play.Results[i];
            var winners = result.Bids.Where(b => b.Won).Select(b => string.Join(" + ", b.Regions.Select(id => regions.First(r => r.Id == id).Name)));
            var auto = g.Decisions.Where(d => d.Round == i && d.Candidate && d.Choice is null).Select(d => regions[d.Region].Name);
            html.Append("<tr><td class=\"n\">").Append(i + 1).Append("</td><td>").Append(result.Year).Append("</td><td>").Append(E(result.ProjectName))
                .Append("</td><td>").Append(E(play.Scenario.Regimes.FirstOrDefault(r => r.Id == result.Regime)?.Name ?? result.Regime)).Append("</td><td>").Append(E(string.Join("; ", winners))).Append("</td><td>")
                .Append(E(string.Join(", ", auto))).Append("</td><td>")
                .Append(E(string.Join(" ", play.StayedOut.Where(c => c.Round == i + 1).Select(c => c.Sentence)))).Append("</td></tr>");
        }
        html.Append("</tbody></table></div>");
        GameDebriefBids.Append(html, play.Scenario, play.Results, play.Rounds.Count);
        html.Append("</body></html>\n");
        return html.ToString();
    });

    // "43 students (1 freed)": every student who took a seat, once, and how many of them the teacher freed and who hold no seat now.
    private static string Students(ClassroomGame g)
    {
        var seated = g.Teams.All.Select(s => StudentName.Identity(s.Name)).ToHashSet(StringComparer.Ordinal);
        var everyone = g.Teams.Ever.Values.Select(s => StudentName.Identity(s.Name)).Distinct(StringComparer.Ordinal).ToList();
        var freed = everyone.Count(s => !seated.Contains(s));
        return CountedNoun.Of(everyone.Count, "student") + (freed > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({freed} freed)") : "");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
