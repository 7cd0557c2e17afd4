namespace Simulation.Application.Games.Journal;

/// <summary>What happened in a game; the journal keeps one row per event, and replaying them in order rebuilds the game.</summary>
public enum GameEventKind
{
    /// <summary>A student took a seat in a region's team.</summary>
    SeatTaken,

    /// <summary>The teacher freed a region: every seat in its team stops working.</summary>
    RegionReleased,

    /// <summary>A student submitted a proposal for the open round.</summary>
    Decided,

    /// <summary>The game moved on one phase (by the teacher, or by a round's deadline).</summary>
    Advanced,

    /// <summary>The teacher switched the regime applied from now on.</summary>
    RegimeSwitched,

    /// <summary>The teacher set or cleared the open round's deadline.</summary>
    DeadlineSet,

    /// <summary>The teacher made a team member the region's captain.</summary>
    CaptainChosen,

    /// <summary>The teacher changed how many students a region's team takes.</summary>
    TeamsResized,

    /// <summary>A student was refused a seat because every team (or the game) was full; the teacher's page names them until
    /// they join.</summary>
    TurnedAway,

    /// <summary>The teacher replaced the game's read-only key: the debrief's and the CSV's links given before stop opening them.</summary>
    DebriefKeyReplaced,

    /// <summary>The teacher let a seated student take their seat again from another device by typing the same name.</summary>
    RejoinAllowed,

    /// <summary>A student took their seat again from another device, as the teacher allowed.</summary>
    SeatRejoined,
}
