using Simulation.Application.Games.Journal;
using Simulation.Core.Bidding;
using Simulation.Experiments.Games;

namespace Simulation.Application.Games;

/// <summary>A student's proposal for the open round, and why the round refuses one: a closed or future round, a region that
/// is not a candidate, an effort out of range, a partner that does not exist.</summary>
public sealed partial class ClassroomGame
{
    // Under the lock: the refusal of a decision that names a round other than the open one: one that has closed (the page sent
    // it before the teacher moved on), one still to come, or one the game does not have.
    private GameRefusal WrongRound(int made)
    {
        var open = Game.Round + 1;
        return made < 1 || made > Game.Rounds.Count
            ? GameRefusal.Invalid("round", $"is {made}, but this game has rounds 1 to {Game.Rounds.Count}; round {open} is open now")
            : made < open
                ? GameRefusal.Conflict("round", $"this decision was made for round {made}, which has closed; round {open} is open now: decide again for it")
                : GameRefusal.Conflict("round", $"this decision was made for round {made}, which has not opened yet; round {open} is open now");
    }

    /// <summary>Records a team member's proposal for the open round; it is the region's decision if this member decides.</summary>
    public GameRefusal? Decide(Seat seat, PlayerChoice choice, DateTimeOffset now, int? round = null)
    {
        lock (_gate)
        {
            if ((round is { } made && Game.Phase == GamePhase.Deciding && Game.Round + 1 != made ? WrongRound(made) : ChoiceRefusal(seat, choice)) is { } problem)
            {
                return problem;
            }
            // A region that is no candidate has nothing to decide, a bid or not: its "no bid" would be exported as a proposal.
            // Checked live only, so that a journal of an earlier version that holds one still replays.
            if (!Game.Brief(seat.Region).Eligible)
            {
                return GameRefusal.Invalid("bid", $"{Game.Scenario.Regions[seat.Region].Name} is not a candidate for {Game.OpenRound!.ProjectName}: there is nothing to decide this round");
            }
            // An effort that reads as an end of the range the page shows is recorded as that end, which the region can spend.
            var effort = choice.Bid ? EffortRange.Of(Game.Brief(seat.Region)).Take(choice.EffortBillionWon) : null;
            Commit(new GameEvent(GameEventKind.Decided, now, Token: seat.Token, Choice: choice with { EffortBillionWon = effort ?? choice.EffortBillionWon }));
            return null;
        }
    }

    // Why the open round refuses a member's proposal, if it does: live, the answer to the student; in a replay, a journal
    // that holds it was changed by hand.
    private GameRefusal? ChoiceRefusal(Seat seat, PlayerChoice choice)
    {
        if (Game.Phase != GamePhase.Deciding)
        {
            return GameRefusal.Conflict("round", Game.Phase switch
            {
                GamePhase.Lobby => "no round is open yet; wait for the teacher to open the first one",
                GamePhase.Judged => "this round has closed (the teacher judged it, or its time ran out) and the model decided for the regions whose players sent nothing; wait for the teacher to open the next one",
                _ => "the game is over; there is nothing left to decide",
            });
        }
        var brief = Game.Brief(seat.Region);
        if (choice.Bid && !brief.Eligible)
        {
            return GameRefusal.Invalid("bid", $"{Game.Scenario.Regions[seat.Region].Name} is not a candidate for {Game.OpenRound!.ProjectName}");
        }
        if (choice.Bid && EffortRange.Of(brief) is var range && range.Take(choice.EffortBillionWon) is null)
        {
            return GameRefusal.Invalid("effort", range.Refusal);
        }
        if (choice.TeamUp && brief.Partners.Count == 0)
        {
            return GameRefusal.Invalid("teamUp", brief.Consortium.Count == 0
                ? "this region has no partner to bid with in this round"
                : "this region bids as one with its consortium in this round for certain; there is no teaming up to choose");
        }
        return null;
    }
}
