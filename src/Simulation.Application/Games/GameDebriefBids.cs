using System.Globalization;
using System.Net;
using System.Text;
using Simulation.Core;
using Simulation.Experiments.Replay;

namespace Simulation.Application.Games;

/// <summary>
/// The debrief's account of every judged round: each bid with who decided it (the class or the model), its effort, its chance
/// and whether it won, and the sentences on why the winners won, which a teacher reads aloud after the game as during it.
/// </summary>
internal static class GameDebriefBids
{
    /// <summary>Appends a section per judged round of <paramref name="results"/> to <paramref name="html"/>.</summary>
    public static void Append(StringBuilder html, Scenario scenario, IReadOnlyList<CompetitionRecord> results, int rounds)
    {
        html.Append("<h2>Every bid</h2><p>Effort in ₩ billion; chance: the bid's chance of winning given every bid's merit and effort, before the ")
            .Append("selection's luck; decided by: the class, or the model where nobody in the team decided.</p>");
        for (var i = 0; i < results.Count && i < rounds; i++)
        {
            var result = results[i];
            html.Append("<h3>Round ").Append(i + 1).Append(": ").Append(E(result.ProjectName)).Append(", ").Append(result.Year).Append("</h3>");
            if (result.Bids.Count == 0)
            {
                html.Append("<p>No region bid.</p>");
            }
            else
            {
                html.Append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Bids of round ").Append(i + 1)
                    .Append("\"><table><thead><tr><th>bid by</th><th>decided by</th><th>effort (₩ bn)</th><th>chance</th><th>result</th></tr></thead><tbody>");
                foreach (var bid in result.Bids)
                {
                    html.Append("<tr><td>").Append(E(string.Join(" + ", bid.Regions.Select(id => scenario.Regions.First(r => r.Id == id).Name))))
                        .Append("</td><td>").Append(E(DecidedBy(scenario, bid)))
                        .Append("</td><td class=\"n\">").Append(bid.EffortBillionWon.ToString("0.0", CultureInfo.InvariantCulture))
                        .Append("</td><td class=\"n\">").Append((100 * bid.Chance).ToString("0", CultureInfo.InvariantCulture)).Append(" %")
                        .Append("</td><td>").Append(bid.Won ? "won" : "lost").Append("</td></tr>");
                }
                html.Append("</tbody></table></div>");
            }
            if (result.Why.Count > 0)
            {
                html.Append("<ul>");
                foreach (var sentence in result.Why)
                {
                    html.Append("<li>").Append(E(sentence)).Append("</li>");
                }
                html.Append("</ul>");
            }
        }
    }

    // "the class", "the model", or for a joint bid whose members were decided apart, who decided for which member: a member
    // nobody in its team decided for was the model's, matching its partners' players.
    private static string DecidedBy(Scenario scenario, BidRecord bid)
    {
        if (bid.Members.All(m => m.Played) || !bid.Played)
        {
            return bid.Played ? "the class" : "the model";
        }
        string Names(bool played) => string.Join(", ", bid.Regions.Where((_, i) => bid.Members[i].Played == played).Select(id => scenario.Regions.First(r => r.Id == id).Name));
        return $"the class for {Names(true)}, the model for {Names(false)}";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
