using Simulation.Application.Games.Journal;
using Simulation.Experiments.Games;

namespace Simulation.Application.Games;

/// <summary>The teacher's change of team size during a game, and the students turned away because every team was full, whom
/// the teacher's page names so that the teacher knows to take more students per region.</summary>
public sealed partial class ClassroomGame
{
    private readonly List<string> _turnedAway = [];

    /// <summary>Students refused a seat because every team (or the game) was full and who have not joined since, in the order
    /// they were first refused; journaled like every change, so a restart keeps them. Read it only inside <see cref="Read{T}"/>.</summary>
    internal IReadOnlyList<string> TurnedAway => _turnedAway;

    /// <summary>Sets how many students a region's team takes from now on (null: open teams); students seated stay. A size below
    /// the largest team now is refused, so that no team holds more than its size.</summary>
    public GameRefusal? ResizeTeams(int? size, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase == GamePhase.Finished)
            {
                return GameRefusal.Conflict("phase", "the game is over");
            }
            if (size is { } n && n < _teams.LargestTeam)
            {
                var largest = Enumerable.Range(0, Game.Scenario.Regions.Count).First(r => _teams.Members(r).Count == _teams.LargestTeam);
                return GameRefusal.Conflict("teamSize", $"must be at least {_teams.LargestTeam}: {Game.Scenario.Regions[largest].Name}'s team has "
                    + $"{_teams.LargestTeam} students already (free some first to make teams smaller)");
            }
            Commit(new GameEvent(GameEventKind.TeamsResized, now, TeamSize: size ?? 0));
            return null;
        }
    }

    // Under the lock: notes a student refused because there was no room, once per name, in the journal and on the pages; at
    // most as many names as a game takes students, since anyone with the code may ask for a seat (a flood of made-up names
    // would otherwise fill the journal and be replayed at every start).
    private void TurnAway(string name, DateTimeOffset now)
    {
        if (_turnedAway.Count >= TeamRules.MaxStudents || _turnedAway.Any(n => StudentName.SameAs(n, name)))
        {
            return;
        }
        Commit(new GameEvent(GameEventKind.TurnedAway, now, Name: name));
    }

    // Under the lock: the member of a region's team a teacher's request names: the one of exactly that name, else the one
    // whose name reads the same (StudentName.SameAs); none, or two that read the same (seated before such names were one
    // name), is a problem that lists the team's names, which say how to spell the one meant.
    private Seat? MemberCalled(string name, int region, out GameRefusal? problem)
    {
        var members = _teams.Members(region);
        var alike = members.Where(m => StudentName.SameAs(m.Name, name)).ToList();
        var member = members.FirstOrDefault(m => m.Name == name) ?? (alike.Count == 1 ? alike[0] : null);
        var team = string.Join(", ", members.Select(m => $"'{m.Name}'"));
        problem = member is not null ? null : GameRefusal.NotFound("name", alike.Count > 1
            ? $"'{name}' reads as the name of {alike.Count} members of {Game.Scenario.Regions[region].Name}'s team; give one exactly as it is written (its team: {team})"
            : $"nobody called '{name}' plays for {Game.Scenario.Regions[region].Name}" + (members.Count == 0 ? "" : $" (its team: {team})"));
        return member;
    }

    // The resize's transition, for live play and replay alike.
    private void ApplyResize(GameEvent e)
    {
        var size = e.TeamSize switch
        {
            0 => (int?)null,
            >= 1 and <= TeamRules.MaxStudents => e.TeamSize,
            _ => throw Unreadable(e, $"sets teams of {e.TeamSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no size"}"),
        };
        _teams.Rules = _teams.Rules with { TeamSize = size };
    }
}
