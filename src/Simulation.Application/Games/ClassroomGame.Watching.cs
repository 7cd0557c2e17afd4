using Simulation.Application.Games.Journal;
using Simulation.Experiments.Games;

namespace Simulation.Application.Games;

/// <summary>The regions that only watch: a region that is a candidate in none of the rounds still to decide never bids again,
/// so a student seated there (given it when every other team was full, or having chosen it) is told so, and may move to a
/// region that bids once one has room.</summary>
public sealed partial class ClassroomGame
{
    // Position in Rounds of the first round still to decide: the open one, else the next to open.
    private int FirstRoundLeft => Game.Phase == GamePhase.Deciding ? Game.Round : Game.Round + 1;

    /// <summary>How many of the rounds still to decide (the open one included) admit <paramref name="region"/> as a candidate.
    /// Under the game's lock.</summary>
    internal int RoundsLeft(int region) =>
        Game.Rounds.Skip(FirstRoundLeft).Count(round => Game.Scenario.Projects[round.Project].Admits(region));

    /// <summary>Whether every round has been judged (the game may not be finished yet): no region bids again. Under the game's lock.</summary>
    internal bool NoRoundLeft => FirstRoundLeft >= Game.Rounds.Count;

    /// <summary>Whether <paramref name="region"/> only watches the rest of the game: it is a candidate in none of the rounds still
    /// to decide, as the scenario's projects admit their candidates (in the baseline, the region no project admits watches the
    /// whole game; once the last round is judged, every region does). Under the game's lock.</summary>
    public bool Watches(int region) => RoundsLeft(region) == 0;

    /// <summary>Moves the student holding <paramref name="seat"/> out of a region that only watches into the team of one that
    /// bids in a round still to decide: <paramref name="regionId"/>, or, when null, the emptiest such team, as
    /// <see cref="Take"/> chooses. Their seat in the watching region is freed (the model plays it again if nobody is left) and
    /// a new seat token handed out, both in one journal entry. Returns the new seat, or the reason it cannot.</summary>
    public (Seat? Seat, GameRefusal? Refusal) Move(Seat seat, string? regionId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var regions = Game.Scenario.Regions;
            if (Game.Phase == GamePhase.Finished)
            {
                return (null, GameRefusal.Conflict("phase", "the game is over"));
            }
            if (_teams.Find(seat.Token) is not { } mine)
            {
                return (null, GameRefusal.NotASeat(Code));
            }
            if (!Watches(mine.Region))
            {
                return (null, GameRefusal.Conflict("region", $"{regions[mine.Region].Name} bids in a round still to play, so you stay in its team; "
                    + "a student moves only out of a region that watches (ask the teacher to free you to change region)"));
            }
            // Once every round is judged, only a student who sat down after that may move: one who was in the game stays in
            // the team they played with, so that the debrief and the comparison count the region they played.
            if (NoRoundLeft && !mine.AfterLastRound)
            {
                return (null, GameRefusal.Conflict("region", $"every round has been judged and you were in {regions[mine.Region].Name}'s team during the game, "
                    + "so you stay in it to the end: the debrief counts the region you played"));
            }
            int region;
            if (regionId is null && NoRoundLeft)
            {
                return (null, GameRefusal.Conflict("region", NoRoundToBid));
            }
            if (regionId is null)
            {
                var open = Enumerable.Range(0, regions.Count).Where(r => !Watches(r) && !_teams.IsFull(r)).ToList();
                if (open.Count == 0)
                {
                    return (null, GameRefusal.Conflict("region", NoRoomToBid));
                }
                region = Emptiest(open);
            }
            else
            {
                region = RegionIndex(regionId);
                if (region < 0)
                {
                    return (null, GameRefusal.Invalid("region", NoSuchRegion(regionId)));
                }
                if (region == mine.Region)
                {
                    return (null, GameRefusal.Invalid("region", $"you already sit in {regions[region].Name}; pick another region"));
                }
                // Once every round is judged every region watches, so a student may follow the end of the game with any team.
                if (Watches(region) && !NoRoundLeft)
                {
                    return (null, GameRefusal.Invalid("region", $"{regions[region].Name} watches too: it is a candidate in none of the rounds left; pick a region that bids"));
                }
                if (_teams.IsFull(region))
                {
                    return (null, FullTeam(region));
                }
            }
            var token = Secrets.Token();
            Commit(new GameEvent(GameEventKind.RegionReleased, now, Region: regions[mine.Region].Id, Name: mine.Name),
                new GameEvent(GameEventKind.SeatTaken, now, Token: token, Region: regions[region].Id, Name: mine.Name));
            return (_teams.Find(token), null);
        }
    }

    // Under the lock: why no student can move to a region that bids.
    private string NoRoomToBid => _teams.Rules.TeamSize is { } size
        ? $"every region that bids in a round still to play has a full team ({size} student{(size == 1 ? "" : "s")} each); ask the teacher to take more students per region, then move"
        : "no region bids in a round still to play";

    // Why a student asking for "a region that bids" cannot have one once every round is judged.
    private const string NoRoundToBid = "every round has been judged, so no region bids again and every region watches; "
        + "name a region with room to follow the end of the game with its team";

    // Under the lock: the team a student given any region joins, of those with room: one that bids before one that only
    // watches, then the emptiest, then the one that is a candidate in most of the rounds left, then the first in the scenario.
    private int Emptiest(IEnumerable<int> open) =>
        open.OrderBy(Watches).ThenBy(r => _teams.Members(r).Count).ThenByDescending(RoundsLeft).ThenBy(r => r).First();

    // Under the lock: the refusal of a full team's region.
    private GameRefusal FullTeam(int region) => GameRefusal.Conflict("region", _teams.Rules.TeamSize is > 1
        ? $"{Game.Scenario.Regions[region].Name}'s team is full ({_teams.Rules.TeamSize} students); pick another region"
        : $"{Game.Scenario.Regions[region].Name} is already taken; pick another");
}
