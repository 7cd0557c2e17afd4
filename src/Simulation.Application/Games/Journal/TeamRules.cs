namespace Simulation.Application.Games.Journal;

/// <summary>How a class plays in teams: how many students a region's team takes (null: as many as come) and whether the
/// captain's proposal is the region's decision (otherwise the last proposal a member submits is).</summary>
/// <param name="TeamSize">Largest team, or null for open teams.</param>
/// <param name="Captains">True when a team's captain decides.</param>
public sealed record TeamRules(int? TeamSize, bool Captains)
{
    /// <summary>Most students in one game.</summary>
    public const int MaxStudents = 60;

    /// <summary>Students per region when the teacher does not say: 3, so that a class of up to 48 fits the baseline's 16
    /// regions, while a small class is still spread one student per region first (see <see cref="ClassroomGame.Take"/>).</summary>
    public const int DefaultTeamSize = 3;

    /// <summary><see cref="MaxStudents"/>, in the view the pages read, so that the teacher's page can tell a full game from full
    /// teams without a number of its own.</summary>
    public int MostStudents => MaxStudents;

    /// <summary>One student per region, as in a small class.</summary>
    public static TeamRules Single { get; } = new(1, false);
}
