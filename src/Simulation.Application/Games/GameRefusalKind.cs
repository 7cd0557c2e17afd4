namespace Simulation.Application.Games;

/// <summary>Why the class game refused a request, as a kind a host maps to its own answer (an HTTP status, an exit code),
/// so that the game's rules never speak a host's protocol.</summary>
public enum GameRefusalKind
{
    /// <summary>A value that is missing, of the wrong kind or out of range.</summary>
    Invalid,

    /// <summary>Something named that the game does not have (a student's name, a region).</summary>
    NotFound,

    /// <summary>An action the game's state does not allow now (a closed round, a full team, a finished game).</summary>
    Conflict,

    /// <summary>A seat the game does not hold: never taken, or freed by the teacher.</summary>
    NotASeat,
}
