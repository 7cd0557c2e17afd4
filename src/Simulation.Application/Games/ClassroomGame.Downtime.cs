using Simulation.Application.Games.Journal;
using Simulation.Experiments.Games;

namespace Simulation.Application.Games;

/// <summary>A round's timer does not run while the server is down: a class whose laptop slept or whose server was restarted
/// gets back the time it had left, instead of finding the round judged for it.</summary>
public sealed partial class ClassroomGame
{
    /// <summary>Moves the open round's deadline on by the time the server was down, from <paramref name="stopped"/> (when it
    /// was last seen running) to <paramref name="now"/>, if the deadline had not passed when it stopped; journaled like
    /// the teacher's timer, so a restart replays it.</summary>
    public void ResumeAfterDowntime(DateTimeOffset stopped, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase != GamePhase.Deciding || Deadline is not { } deadline || deadline <= stopped || now <= stopped)
            {
                return;
            }
            Commit(new GameEvent(GameEventKind.DeadlineSet, now, Deadline: deadline + (now - stopped)));
        }
    }
}
