using Simulation.Application.Games.Journal;
using Simulation.Experiments.Games;
using Simulation.Output.Charts;

namespace Simulation.Application.Games;

/// <summary>The game's events applied to its state: one transition per kind, the same in live play and in a replay from
/// the journal, where an event naming what the game does not hold refuses the replay.</summary>
public sealed partial class ClassroomGame
{
    // The one state transition of each kind of event, for live play and for replay alike.
    private void Apply(GameEvent e)
    {
        var regions = Game.Scenario.Regions;
        switch (e.Kind)
        {
            case GameEventKind.SeatTaken:
                var seat = _teams.Add(e.Token ?? throw Unreadable(e, "names no seat token"), RegionOf(e), e.Name ?? throw Unreadable(e, "names no student"), NoRoundLeft);
                Game.Seat(seat.Region);
                _turnedAway.RemoveAll(n => StudentName.SameAs(n, seat.Name));
                break;
            case GameEventKind.RegionReleased:
                var freed = RegionOf(e);
                // With a name, one member leaves; the region goes back to the model when nobody is left in its team.
                var leaving = e.Name is null ? null : _teams.Members(freed).FirstOrDefault(s => s.Name == e.Name) ?? throw Unreadable(e, $"names {e.Name}, who is not in the team");
                if (leaving is null || _teams.ReleaseMember(leaving) == 0)
                {
                    _teams.Release(freed);
                    Game.Unseat(freed);
                }
                else if (Game.Phase == GamePhase.Deciding && Record.Rules >= GameRecord.MembersLeaveTheirDecision
                    && (_teams.DecidedBy(freed) == leaving.Token || (leaving.Captain && Record.Rules >= GameRecord.CaptainsHandOverTheDecision)))
                {
                    // What the one who left proposed no longer decides: the rest of the team's (or its new captain's) does; a
                    // captain who leaves without having proposed hands the decision to the new captain, whose proposal counts.
                    var remaining = _teams.Deciding(freed, Game.Round);
                    if (remaining is not null)
                    {
                        Game.Decide(freed, remaining.Choice);
                    }
                    else
                    {
                        Game.Withdraw(freed);
                    }
                    _teams.NoteDecider(freed, remaining?.Token);
                }
                break;
            case GameEventKind.CaptainChosen:
                var captain = SeatOf(e);
                _teams.MakeCaptain(captain);
                if (_teams.Proposal(captain.Token) is { } proposed && Game.Phase == GamePhase.Deciding)
                {
                    Game.Decide(captain.Region, proposed);
                    _teams.NoteDecider(captain.Region, captain.Token);
                }
                else if (Game.Phase == GamePhase.Deciding && Record.Rules >= GameRecord.NamedCaptainsDecideAlone
                    && _teams.DecidedBy(captain.Region) is not null)
                {
                    // The former captain's proposal no longer decides: the region waits for its new captain's (or the model's).
                    Game.Withdraw(captain.Region);
                    _teams.NoteDecider(captain.Region, null);
                }
                break;
            case GameEventKind.Decided:
                var member = SeatOf(e);
                var choice = e.Choice ?? throw Unreadable(e, "holds no proposal");
                if (ChoiceRefusal(member, choice) is { } refused)
                {
                    // Live play commits only proposals the round accepts: another is a journal changed by hand.
                    throw Unreadable(e, $"holds a proposal the round refuses ({refused.Field}: {refused.Detail})");
                }
                _teams.Propose(Game.Round, member, choice, e.At);
                if (_teams.Decides(member))
                {
                    Game.Decide(member.Region, choice);
                    _teams.NoteDecider(member.Region, member.Token);
                }
                break;
            case GameEventKind.Advanced:
                if (Game.Phase == GamePhase.Deciding)
                {
                    // Every seated region, so that no proposal goes unrecorded; those the round does not admit only watched it.
                    var project = Game.Scenario.Projects[Game.Rounds[Game.Round].Project];
                    _decisions.AddRange(Game.Seated.Select(r =>
                        new RegionDecision(Game.Round, r, Game.Decision(r), [.. _teams.Members(r).Select(m => m.Token)], project.Admits(r),
                            _teams.Members(r).FirstOrDefault(m => m.Captain)?.Token)));
                }
                Game.Advance();
                _teams.CloseRound();
                Deadline = null;
                if (Game.Phase == GamePhase.Finished)
                {
                    Comparison = GameComparison.Of(Game, Record.ComparisonGames);
                    var players = Game.Seated.ToDictionary(r => regions[r].Id, r => string.Join(", ", _teams.Members(r).Select(s => s.Name)));
                    ComparisonChart = ClassComparisonChart.Svg(Comparison.Players, [.. Comparison.Players.Select(p => $"{RegionLabel.Short(p.Name)} ({players[p.Region]})")]);
                }
                break;
            case GameEventKind.RegimeSwitched:
                var regime = Game.Scenario.Regimes.ToList().FindIndex(r => r.Id == e.Regime);
                Game.Regime = regime >= 0 ? regime : throw Unreadable(e, $"names regime '{e.Regime}', which is not in the scenario");
                break;
            case GameEventKind.TeamsResized:
                ApplyResize(e);
                break;
            case GameEventKind.TurnedAway:
                var turnedAway = e.Name ?? throw Unreadable(e, "names no student");
                if (!_turnedAway.Any(n => StudentName.SameAs(n, turnedAway)))
                {
                    _turnedAway.Add(turnedAway);
                }
                break;
            case GameEventKind.DeadlineSet:
                Deadline = e.Deadline;
                break;
            case GameEventKind.DebriefKeyReplaced:
                _debriefKeysReplaced++;
                break;
            case GameEventKind.RejoinAllowed or GameEventKind.SeatRejoined:
                ApplyRejoin(e);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "not a kind of game event");
        }
    }

    // The region an event names: live play only records regions of the scenario, so another is a journal edited by hand.
    private int RegionOf(GameEvent e)
    {
        var regions = Game.Scenario.Regions;
        for (var r = 0; r < regions.Count; r++)
        {
            if (regions[r].Id == e.Region)
            {
                return r;
            }
        }
        throw Unreadable(e, $"names region '{e.Region}', which is not in the scenario");
    }

    // The seat an event names, which an earlier event must have taken.
    private Seat SeatOf(GameEvent e) => _teams.Find(e.Token) ?? throw Unreadable(e, "names a seat token never handed out");

    private static InvalidDataException Unreadable(GameEvent e, string problem) => new($"its {e.Kind} event of {e.At:O} {problem}");
}
