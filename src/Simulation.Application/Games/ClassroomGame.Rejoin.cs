using Simulation.Application.Games.Journal;
using Simulation.Experiments.Games;

namespace Simulation.Application.Games;

/// <summary>A student moving to another device (a phone that died, a laptop instead of a phone): the teacher lets them in
/// again and tells them a code of six digits; for <see cref="RejoinWindow"/> their name typed with that code on any device
/// takes back their seat, with what they proposed, instead of being refused as a namesake. Freeing the region would have
/// handed it to the model and dropped the round's decision; a name alone, which classmates can read, would let anyone take
/// the seat. The first device keeps the seat too; the allowance ends with its first use, with another for the same seat, or
/// after <see cref="RejoinTries"/> wrong codes, so that a classmate cannot find the code by trying (a million codes at a
/// thousand a second would take minutes).</summary>
public sealed partial class ClassroomGame
{
    /// <summary>How long the teacher's allowance to take a seat again from another device lasts.</summary>
    public static readonly TimeSpan RejoinWindow = TimeSpan.FromMinutes(10);

    /// <summary>Wrong codes an allowance takes before it ends: enough for a student's typing slips, and a chance of one in
    /// 200,000 for a classmate guessing. Counted in memory, so a restart of the server gives the allowance these tries again.</summary>
    public const int RejoinTries = 5;

    private readonly Dictionary<string, (DateTimeOffset Until, string Code)> _rejoins = []; // by seat token
    private readonly Dictionary<string, int> _wrongRejoinCodes = []; // by seat token, for the allowance in force

    /// <summary>Lets the student called <paramref name="name"/> take their seat again from another device, by typing the same
    /// name and the returned code, until the returned time. Returns the seat, or why not.</summary>
    public (Seat? Seat, DateTimeOffset Until, string? Code, GameRefusal? Refusal) AllowRejoin(string name, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase == GamePhase.Finished)
            {
                return (null, now, null, GameRefusal.Conflict("phase", "the game is over"));
            }
            if (_teams.All.FirstOrDefault(s => StudentName.SameAs(s.Name, name)) is not { } seat)
            {
                return (null, now, null, GameRefusal.NotFound("name", $"nobody called '{name}' plays in this game: give the name as your page lists it"));
            }
            var code = Secrets.RejoinCode();
            Commit(new GameEvent(GameEventKind.RejoinAllowed, now, Token: seat.Token, Region: Game.Scenario.Regions[seat.Region].Id, Name: seat.Name, Code: code));
            return (seat, now + RejoinWindow, code, null);
        }
    }

    // Under the gate, for a student joining with the name of one already seated, or with a code: that seat, when the teacher
    // let its student in again, the time has not run out and the code is the teacher's; else the refusal, which says what to do.
    private (Seat? Seat, GameRefusal? Refusal) JoinAsNamesake(Seat? namesake, string name, string? code, DateTimeOffset now)
    {
        if (namesake is null)
        {
            return (null, GameRefusal.Invalid("name", $"nobody called '{name}' plays in this game: with the teacher's code, type your name as on your first device"));
        }
        var region = Game.Scenario.Regions[namesake.Region];
        if (_rejoins.TryGetValue(namesake.Token, out var allowed) && now <= allowed.Until)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return (null, GameRefusal.Invalid("rejoinCode",
                    $"is needed: {namesake.Name} may take their seat in {region.Name} again with the six digits the teacher gave them, typed under \"Moving from another device?\""));
            }
            if (!Secrets.Matches(code.Trim(), allowed.Code))
            {
                var wrong = _wrongRejoinCodes.GetValueOrDefault(namesake.Token) + 1;
                if (wrong < RejoinTries)
                {
                    _wrongRejoinCodes[namesake.Token] = wrong;
                    return (null, GameRefusal.Invalid("rejoinCode", $"is not the one the teacher gave for this name: check it with the teacher ({RejoinTries - wrong} more {(RejoinTries - wrong == 1 ? "try" : "tries")})"));
                }
                _rejoins.Remove(namesake.Token);
                _wrongRejoinCodes.Remove(namesake.Token);
                return (null, GameRefusal.Conflict("rejoinCode",
                    $"was wrong {RejoinTries} times, so the teacher's code for {namesake.Name} no longer works: ask the teacher to let you in again for a new one"));
            }
            Commit(new GameEvent(GameEventKind.SeatRejoined, now, Token: namesake.Token, Region: region.Id, Name: namesake.Name));
            return (_teams.Find(namesake.Token), null);
        }
        return (null, GameRefusal.Conflict("name",
            $"someone called {namesake.Name} already plays for {region.Name}: if that is you on another device, ask the teacher to let you in again "
            + "(\"A student on another device\" on their page) and type your name with the code they give you; if not, add an initial so the teacher can tell you apart"));
    }

    // The two events' transitions, for live play and replay alike.
    private void ApplyRejoin(GameEvent e)
    {
        var seat = SeatOf(e);
        if (e.Kind == GameEventKind.RejoinAllowed)
        {
            _rejoins[seat.Token] = (e.At + RejoinWindow, e.Code ?? throw Unreadable(e, "holds no code"));
        }
        else
        {
            _rejoins.Remove(seat.Token);
        }
        _wrongRejoinCodes.Remove(seat.Token); // a new allowance, or one used: its tries start again
    }
}
