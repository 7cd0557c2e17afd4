using Simulation.Core;
using Simulation.Core.Bidding;
using Simulation.Core.Projects;
using Simulation.Experiments.Replay;

namespace Simulation.Experiments.Games;

/// <summary>
/// A consortium of the record whose joint bid did not enter a judged round although the players of a member chose to bid:
/// a consortium bids as one, and only when every member people play bids (ODD §7.7), so one played member that decided not
/// to bid keeps its partners out too. The round's bids table alone would simply miss the consortium, so the pages say it.
/// </summary>
/// <param name="Round">The round's number (from 1).</param>
/// <param name="Members">Ids of the consortium's members that were candidates, in the scenario's order (as a bid names them).</param>
/// <param name="Declined">Ids of the members whose players decided not to bid.</param>
/// <param name="Sentence">What happened, for every page: "The consortium Busan + Ulsan + Gyeongnam did not bid: Ulsan decided not to, …".</param>
/// <param name="MemberSentence">The same for the students of a member: "Your consortium (Busan + Ulsan + Gyeongnam) did not bid: …".</param>
public sealed record ConsortiumStayedOut(int Round, IReadOnlyList<string> Members, IReadOnlyList<string> Declined, string Sentence, string MemberSentence)
{
    /// <summary>The consortia of <paramref name="project"/> that stayed out of the round judged as <paramref name="record"/>
    /// although a played member chose to bid; <paramref name="choices"/> holds the decision of every played region (a region
    /// whose players sent nothing is played by its agent, and has none).</summary>
    internal static IEnumerable<ConsortiumStayedOut> Of(Scenario scenario, int round, NationalProject project, IReadOnlyDictionary<int, PlayerChoice> choices,
        CompetitionRecord record)
    {
        if (!project.JointBids)
        {
            yield break;
        }
        foreach (var consortium in project.Consortia)
        {
            var members = scenario.Partnerships[consortium].Members.Where(project.Admits).Order().ToList();
            var played = members.Where(choices.ContainsKey).ToList();
            var declined = played.Where(m => !choices[m].Bid).ToList();
            var ids = members.Select(m => scenario.Regions[m].Id).ToList();
            // Nobody's choice was overruled when every played member declined; and a bid naming two members did enter.
            if (declined.Count == 0 || declined.Count == played.Count || record.Bids.Any(b => b.Regions.Count(ids.Contains) > 1))
            {
                continue;
            }
            var names = string.Join(" + ", members.Select(m => scenario.Regions[m].Name));
            var why = $"{string.Join(" and ", declined.Select(m => scenario.Regions[m].Name))} decided not to, and a consortium's joint bid enters only if every region students play in it bids";
            yield return new ConsortiumStayedOut(round, ids, [.. declined.Select(m => scenario.Regions[m].Id)],
                $"The consortium {names} did not bid: {why}.", $"Your consortium ({names}) did not bid: {why}.");
        }
    }
}
