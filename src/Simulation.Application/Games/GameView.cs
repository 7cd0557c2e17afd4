using Simulation.Application.Games.Journal;
using Simulation.Core.Bidding;
using Simulation.Experiments.Games;
using Simulation.Experiments.Replay;

namespace Simulation.Application.Games;

/// <summary>
/// What a page sees of a game: the same for everyone (nobody sees another team's decision before the round is judged), plus,
/// for a student, their own seat, brief, proposal and their team's proposals.
/// </summary>
/// <param name="Code">Join code.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Phase">lobby, deciding, judged or finished.</param>
/// <param name="Version">Bumped by every change.</param>
/// <param name="Regime">Id of the regime applied from now on.</param>
/// <param name="Regimes">The regimes the teacher can switch between.</param>
/// <param name="Rounds">Every round.</param>
/// <param name="Round">The current round's number (from 1), or null before the first.</param>
/// <param name="Deadline">When the open round closes by itself, if the teacher set a deadline.</param>
/// <param name="Teams">Team size now (null: open; the teacher may change it during the game) and whether captains decide.</param>
/// <param name="Students">Students seated.</param>
/// <param name="Regions">Every region, who plays it and whether it decided this round.</param>
/// <param name="Results">Competitions judged so far.</param>
/// <param name="StayedOut">Consortia whose joint bid did not enter a judged round although a member's players chose to bid,
/// each with the round's number and what to say of it (to everyone, and to the students of a member).</param>
/// <param name="Standings">Every region's standing, best first.</param>
/// <param name="AutoPlayed">Seated regions whose team did not decide in the last judged round.</param>
/// <param name="Comparison">The class against the model's games, once finished.</param>
/// <param name="ComparisonChart">The comparison drawn as SVG, once finished.</param>
/// <param name="TurnedAway">Students refused a seat because every team was full, who have not joined since (for the teacher).</param>
/// <param name="TimelineRegimes">For each round, the id of the regime the scenario's timeline has in force in its year (the
/// game itself stays under its regime until the teacher switches).</param>
/// <param name="KeysReplaced">How many times the teacher replaced the read-only key of the debrief's and the CSV's links (not
/// the key): a teacher's page on another device sees the count rise and asks for the new links.</param>
/// <param name="ServerTime">The server's clock when this view was made. A page counts the round down by it rather than by its
/// own device's clock, which may be minutes off: it takes the difference once, when the view arrives, and keeps counting.</param>
/// <param name="Me">The student's own seat, when the request carries a seat token (always the last member, so that a host may splice it into the shared part).</param>
public sealed record GameView(string Code, string Scenario, string Phase, long Version, string Regime, IReadOnlyList<RegimeChoice> Regimes,
    IReadOnlyList<GameRound> Rounds, int? Round, DateTimeOffset? Deadline, TeamRules Teams, int Students, IReadOnlyList<RegionSeat> Regions,
    IReadOnlyList<CompetitionRecord> Results, IReadOnlyList<ConsortiumStayedOut> StayedOut, IReadOnlyList<PlayerStanding> Standings, IReadOnlyList<string> AutoPlayed, GameComparison? Comparison,
    string? ComparisonChart, IReadOnlyList<string> TurnedAway, IReadOnlyList<string> TimelineRegimes, int KeysReplaced, DateTimeOffset? ServerTime, SeatView? Me)
{
    /// <summary>Builds the view of <paramref name="game"/> for the holder of <paramref name="seat"/> (null: teacher or spectator),
    /// made at <paramref name="now"/> by the server's clock. The part everyone sees is built once per version and shared, so sixty
    /// pages following a busy round cost one build each change, not sixty.</summary>
    public static GameView Of(ClassroomGame game, Seat? seat, DateTimeOffset now) => game.Read(g =>
    {
        var shared = (g.SharedView is { } cached && cached.Version == g.Version ? cached : g.SharedView = Shared(g)) with { ServerTime = now };
        if (seat is null || g.Teams.Find(seat.Token) is not { } mine)
        {
            return shared;
        }
        var play = g.Game;
        var scenario = play.Scenario;
        var teams = g.Teams;
        var me = new SeatView(scenario.Regions[mine.Region].Id, scenario.Regions[mine.Region].Name, mine.Name, mine.Captain,
            play.OpenRound is null ? null : play.Brief(mine.Region), Body(play.Decision(mine.Region)), Body(teams.Proposal(mine.Token)),
            [.. teams.Members(mine.Region).Select(m => new TeamMember(m.Name, m.Captain, m.Token == mine.Token, Body(teams.Proposal(m.Token))))],
            mine.AfterLastRound);
        return shared with { Me = me };
    });

    // What every page sees; called under the game's lock.
    private static GameView Shared(ClassroomGame g)
    {
        var play = g.Game;
        var scenario = play.Scenario;
        var teams = g.Teams;
        string? Players(int region) => teams.Members(region) is { Count: > 0 } members ? string.Join(", ", members.Select(m => m.Name)) : null;
        var open = play.OpenRound;
        var regions = scenario.Regions.Select((r, i) => new RegionSeat(r.Id, r.Name, Players(i), [.. teams.Members(i).Select(m => m.Name)],
            play.Decision(i) is not null, open is null || scenario.Projects[open.Project].Admits(i), teams.Members(i).FirstOrDefault(m => m.Captain)?.Name,
            play.Rounds.Count(round => scenario.Projects[round.Project].Admits(i)), g.Watches(i))).ToList();
        var standings = play.Standings().Select(s => new PlayerStanding(s, Players(scenario.Regions.ToList().FindIndex(r => r.Id == s.Region)))).ToList();
        return new GameView(g.Code, g.ScenarioName, play.Phase.ToString().ToLowerInvariant(), g.Version, scenario.Regimes[play.Regime].Id,
            RegimeChoice.Of(scenario), play.Rounds, play.Round < 0 ? null : play.Round + 1, g.Deadline,
            teams.Rules, teams.Count, regions, [.. play.Results], [.. play.StayedOut], standings, [.. play.AutoPlayed], g.Comparison, g.ComparisonChart, [.. g.TurnedAway],
            [.. play.Rounds.Select(r => scenario.Regimes[scenario.Timeline.RegimeAt(r.Year)].Id)], g.KeysReplaced, null, null);
    }

    private static DecisionBody? Body(PlayerChoice? choice) => choice is { } c ? new DecisionBody(c.Bid, c.EffortBillionWon, c.TeamUp) : null;
}


/// <summary>A region in a game.</summary>
/// <param name="Id">Region id.</param>
/// <param name="Name">Region name.</param>
/// <param name="Player">Names of the students playing it (comma-separated), or null when the model does.</param>
/// <param name="Team">The students playing it, in joining order.</param>
/// <param name="Decided">Whether its team decided in the open round.</param>
/// <param name="Eligible">Whether it is a candidate in the open round (true between rounds).</param>
/// <param name="Captain">Name of the team's captain (teams with captains), or null.</param>
/// <param name="CandidateRounds">How many of the game's rounds it is a candidate in.</param>
/// <param name="Watches">Whether it only watches the rest of the game: a candidate in none of the rounds still to decide, it
/// never bids again. A student choosing it, or given it when every other team was full, is told so, and so is the teacher; its
/// students may move to a region that bids with room (<c>PUT /api/games/{code}/seat</c>).</param>
public sealed record RegionSeat(string Id, string Name, string? Player, IReadOnlyList<string> Team, bool Decided, bool Eligible, string? Captain,
    int CandidateRounds, bool Watches);

/// <summary>A region's standing with the names of its players.</summary>
/// <param name="Standing">The standing.</param>
/// <param name="Player">Names of the students playing it, or null.</param>
public sealed record PlayerStanding(RegionStanding Standing, string? Player);

/// <summary>A member of the student's team and what they propose in the open round.</summary>
/// <param name="Name">Their name.</param>
/// <param name="Captain">Whether their proposal decides (teams with captains).</param>
/// <param name="Me">Whether this is the student asking.</param>
/// <param name="Proposal">Their proposal in the open round, if any.</param>
public sealed record TeamMember(string Name, bool Captain, bool Me, DecisionBody? Proposal);

/// <summary>A student's own place: region, brief for the open round, the region's decision and their own proposal.</summary>
/// <param name="Region">Region id.</param>
/// <param name="RegionName">Region name.</param>
/// <param name="Name">The student's name.</param>
/// <param name="Captain">Whether their proposal decides for the team (teams with captains).</param>
/// <param name="Brief">What they need to decide, while a round is open.</param>
/// <param name="Decision">The region's decision in the open round, if its team made one.</param>
/// <param name="Proposal">This student's own proposal in the open round, if any.</param>
/// <param name="Team">Every member of the team, with their proposals.</param>
/// <param name="AfterLastRound">Whether they sat down only after every round was judged: such a student may still move to
/// another team to follow the end of the game; one who was in the game stays with the team they played with.</param>
public sealed record SeatView(string Region, string RegionName, string Name, bool Captain, RoundBrief? Brief, DecisionBody? Decision,
    DecisionBody? Proposal, IReadOnlyList<TeamMember> Team, bool AfterLastRound = false);
