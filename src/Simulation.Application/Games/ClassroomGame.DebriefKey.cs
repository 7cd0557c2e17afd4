using Simulation.Application.Games.Journal;

namespace Simulation.Application.Games;

/// <summary>The game's read-only key, which the debrief's and the CSV's links carry, and its replacement by the teacher when a
/// link went to the wrong people (another class, a shared screen): the links given before stop opening them, the new ones do.
/// The journal keeps only that the key was replaced; each key is derived from the teacher's token (<see cref="Secrets.DebriefKey"/>).</summary>
public sealed partial class ClassroomGame
{
    private int _debriefKeysReplaced;

    /// <summary>The read-only key that opens the game's debrief and CSV now.</summary>
    public string DebriefKey
    {
        get
        {
            lock (_gate)
            {
                return Secrets.DebriefKey(TeacherToken, _debriefKeysReplaced);
            }
        }
    }

    /// <summary>How many times the teacher replaced the read-only key: shown to every page (<see cref="GameView.KeysReplaced"/>), so
    /// that a teacher's page on another device knows its links are old.</summary>
    public int KeysReplaced
    {
        get
        {
            lock (_gate)
            {
                return _debriefKeysReplaced;
            }
        }
    }

    /// <summary>Whether <paramref name="key"/> is the read-only key now (compared in constant time).</summary>
    public bool OpensDebrief(string? key) => Secrets.Matches(key, DebriefKey);

    /// <summary>Whether <paramref name="key"/> is a read-only key of this game that the teacher has replaced since, so that an
    /// old link is told why it no longer opens anything.</summary>
    public bool WasReplaced(string? key)
    {
        lock (_gate)
        {
            return key is not null && Enumerable.Range(0, _debriefKeysReplaced).Any(replaced => Secrets.Matches(key, Secrets.DebriefKey(TeacherToken, replaced)));
        }
    }

    /// <summary>Replaces the read-only key (the teacher's button, for a link shared by mistake) and returns the new one: the
    /// debrief's and the CSV's links given before stop opening them. In any phase, the finished game's included, since a
    /// debrief is shared once the game is over.</summary>
    public string ReplaceDebriefKey(DateTimeOffset now)
    {
        lock (_gate)
        {
            Commit(new GameEvent(GameEventKind.DebriefKeyReplaced, now));
            return Secrets.DebriefKey(TeacherToken, _debriefKeysReplaced);
        }
    }
}
