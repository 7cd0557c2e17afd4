namespace Simulation.Application.Games;

/// <summary>A game as the server's own computer lists it (<c>GET /api/games</c>), with its teacher token: so a teacher who
/// lost the browser that started a game can take it up again, or delete it to make room.</summary>
/// <param name="Code">The join code.</param>
/// <param name="Scenario">The scenario played.</param>
/// <param name="Created">When it was started.</param>
/// <param name="LastActivity">When anything last happened in it.</param>
/// <param name="Phase">lobby, deciding, judged or finished.</param>
/// <param name="RoundsJudged">Rounds judged so far.</param>
/// <param name="Rounds">Rounds in the game.</param>
/// <param name="Students">Students seated now.</param>
/// <param name="TeacherToken">The teacher's token.</param>
public sealed record GameSummary(string Code, string Scenario, DateTimeOffset Created, DateTimeOffset LastActivity, string Phase, int RoundsJudged,
    int Rounds, int Students, string TeacherToken)
{
    /// <summary>Summarises <paramref name="game"/>.</summary>
    public static GameSummary Of(ClassroomGame game) => game.Read(g => new GameSummary(g.Code, g.ScenarioName, g.Record.Created, g.LastActivity,
        g.Game.Phase.ToString().ToLowerInvariant(), Math.Min(g.Game.Results.Count, g.Game.Rounds.Count), g.Game.Rounds.Count, g.Teams.Count, g.TeacherToken));
}
