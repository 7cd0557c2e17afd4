using Simulation.Core.Bidding;
using Simulation.Experiments.Games;
using Simulation.Experiments.Replay;

namespace Simulation.Web.Games;

/// <summary>
/// What a page sees of a game: the same for everyone (nobody sees another player's decision before the round is judged),
/// plus, for a student, their own seat, brief and decision.
/// </summary>
/// <param name="Code">Join code.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Phase">lobby, deciding, judged or finished.</param>
/// <param name="Version">Bumped by every change.</param>
/// <param name="Regime">Id of the regime applied from now on.</param>
/// <param name="Regimes">The regimes the teacher can switch between.</param>
/// <param name="Rounds">Every round.</param>
/// <param name="Round">The current round's number (from 1), or null before the first.</param>
/// <param name="Regions">Every region, who plays it and whether they decided this round.</param>
/// <param name="Results">Competitions judged so far.</param>
/// <param name="Standings">Every region's standing, best first.</param>
/// <param name="AutoPlayed">Seated regions whose player did not decide in the last judged round.</param>
/// <param name="Comparison">The class against the model's games, once finished.</param>
/// <param name="ComparisonChart">The comparison drawn as SVG, once finished.</param>
/// <param name="Me">The student's own seat, when the request carries a seat token.</param>
public sealed record GameView(string Code, string Scenario, string Phase, long Version, string Regime, IReadOnlyList<RegimeChoice> Regimes,
    IReadOnlyList<GameRound> Rounds, int? Round, IReadOnlyList<RegionSeat> Regions, IReadOnlyList<CompetitionRecord> Results,
    IReadOnlyList<PlayerStanding> Standings, IReadOnlyList<string> AutoPlayed, GameComparison? Comparison, string? ComparisonChart, SeatView? Me)
{
    /// <summary>Builds the view of <paramref name="game"/> for the holder of <paramref name="seat"/> (null: teacher or spectator).</summary>
    public static GameView Of(ClassroomGame game, Seat? seat) => game.Read(g =>
    {
        var play = g.Game;
        var scenario = play.Scenario;
        var players = g.Seats.ToDictionary(s => s.Region, s => s.Name);
        var open = play.OpenRound;
        var regions = scenario.Regions.Select((r, i) => new RegionSeat(r.Id, r.Name, players.GetValueOrDefault(i),
            play.Decision(i) is not null,
            open is null || scenario.Projects[open.Project].Admits(i))).ToList();
        var standings = play.Standings().Select(s => new PlayerStanding(s, players.GetValueOrDefault(scenario.Regions.ToList().FindIndex(r => r.Id == s.Region)))).ToList();
        SeatView? me = null;
        if (seat is not null)
        {
            var decision = play.Decision(seat.Region);
            me = new SeatView(scenario.Regions[seat.Region].Id, scenario.Regions[seat.Region].Name, seat.Name,
                open is null ? null : play.Brief(seat.Region), decision is { } d ? new DecisionBody(d.Bid, d.EffortBillionWon, d.TeamUp) : null);
        }
        return new GameView(g.Code, g.ScenarioName, play.Phase.ToString().ToLowerInvariant(), g.Version, scenario.Regimes[play.Regime].Id,
            scenario.Regimes.Select(r => new RegimeChoice(r.Id, r.Name)).ToList(), play.Rounds, play.Round < 0 ? null : play.Round + 1,
            regions, [.. play.Results], standings, [.. play.AutoPlayed], g.Comparison, g.ComparisonChart, me);
    });
}

/// <summary>A regime the teacher can switch to.</summary>
/// <param name="Id">Regime id.</param>
/// <param name="Name">Display name.</param>
public sealed record RegimeChoice(string Id, string Name);

/// <summary>A region in a game.</summary>
/// <param name="Id">Region id.</param>
/// <param name="Name">Region name.</param>
/// <param name="Player">Name of the student playing it, or null when the model does.</param>
/// <param name="Decided">Whether its player decided in the open round.</param>
/// <param name="Eligible">Whether it is a candidate in the open round (true between rounds).</param>
public sealed record RegionSeat(string Id, string Name, string? Player, bool Decided, bool Eligible);

/// <summary>A region's standing with the name of its player.</summary>
/// <param name="Standing">The standing.</param>
/// <param name="Player">Name of the student playing it, or null.</param>
public sealed record PlayerStanding(RegionStanding Standing, string? Player);

/// <summary>A student's own place: region, brief for the open round and the decision made so far.</summary>
/// <param name="Region">Region id.</param>
/// <param name="RegionName">Region name.</param>
/// <param name="Name">The student's name.</param>
/// <param name="Brief">What they need to decide, while a round is open.</param>
/// <param name="Decision">Their decision in the open round, if made.</param>
public sealed record SeatView(string Region, string RegionName, string Name, RoundBrief? Brief, DecisionBody? Decision);
