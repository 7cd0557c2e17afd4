namespace Simulation.Experiments.Games;

/// <summary>Where a participatory game stands; the teacher moves it on, one phase at a time.</summary>
public enum GamePhase
{
    /// <summary>Students take their regions; nothing has been simulated yet.</summary>
    Lobby,

    /// <summary>A round is open: players decide whether to bid, how much effort to spend and whether to team up.</summary>
    Deciding,

    /// <summary>The round's competition has been judged; the class reads who won and why.</summary>
    Judged,

    /// <summary>Every round is played and the horizon simulated to its end; the class compares itself with the model.</summary>
    Finished,
}
