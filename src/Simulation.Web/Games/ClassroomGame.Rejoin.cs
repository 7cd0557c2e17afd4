using Simulation.Experiments.Games;
using Simulation.Web.Games.Journal;

namespace Simulation.Web.Games;

/// <summary>A student moving to another device (a phone that died, a laptop instead of a phone): the teacher lets them in
/// again, and for <see cref="RejoinWindow"/> the same name typed on any device takes back their seat, with what they
/// proposed, instead of being refused as a namesake. Freeing the region would have handed it to the model and dropped the
/// round's decision. The first device keeps the seat too; the allowance ends with its first use.</summary>
public sealed partial class ClassroomGame
{
    /// <summary>How long the teacher's allowance to take a seat again from another device lasts.</summary>
    public static readonly TimeSpan RejoinWindow = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, DateTimeOffset> _rejoins = []; // seat token → until when its name takes it back

    /// <summary>Lets the student called <paramref name="name"/> take their seat again from another device, by typing the same
    /// name, until the returned time. Returns the seat, or why not.</summary>
    public (Seat? Seat, DateTimeOffset Until, RequestProblem? Problem) AllowRejoin(string name, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase == GamePhase.Finished)
            {
                return (null, now, RequestProblem.Conflict("phase", "the game is over"));
            }
            if (_teams.All.FirstOrDefault(s => StudentName.SameAs(s.Name, name)) is not { } seat)
            {
                return (null, now, RequestProblem.NotFound("name", $"nobody called '{name}' plays in this game: give the name as your page lists it"));
            }
            Commit(new GameEvent(GameEventKind.RejoinAllowed, now, Token: seat.Token, Region: Game.Scenario.Regions[seat.Region].Id, Name: seat.Name));
            return (seat, now + RejoinWindow, null);
        }
    }

    // Under the gate, for a student joining with the name of one already seated: that seat, when the teacher let its student in
    // again and the time has not run out; else the refusal, which says what to do.
    private (Seat? Seat, RequestProblem? Problem) JoinAsNamesake(Seat namesake, DateTimeOffset now)
    {
        var region = Game.Scenario.Regions[namesake.Region];
        if (_rejoins.TryGetValue(namesake.Token, out var until) && now <= until)
        {
            Commit(new GameEvent(GameEventKind.SeatRejoined, now, Token: namesake.Token, Region: region.Id, Name: namesake.Name));
            return (_teams.Find(namesake.Token), null);
        }
        return (null, RequestProblem.Conflict("name",
            $"someone called {namesake.Name} already plays for {region.Name}: if that is you on another device, ask the teacher to let you in again "
            + "(\"Another device\" on their page) and type your name again within ten minutes; if not, add an initial so the teacher can tell you apart"));
    }

    // The two events' transitions, for live play and replay alike.
    private void ApplyRejoin(GameEvent e)
    {
        var seat = SeatOf(e);
        if (e.Kind == GameEventKind.RejoinAllowed)
        {
            _rejoins[seat.Token] = e.At + RejoinWindow;
        }
        else
        {
            _rejoins.Remove(seat.Token);
        }
    }
}
