namespace Simulation.Application.Games.Journal;

/// <summary>How a game was started, kept so it can be started again identically after a restart: the scenario's whole merged
/// document (not its name, whose file may change), the seed, and the secrets handed out.</summary>
/// <param name="Code">Join code.</param>
/// <param name="TeacherToken">The teacher's secret.</param>
/// <param name="ScenarioName">Scenario name, as shown.</param>
/// <param name="ScenarioJson">The merged scenario document.</param>
/// <param name="Seed">The game's seed.</param>
/// <param name="Regime">Index of the regime it started under.</param>
/// <param name="ComparisonGames">Games the model plays alone for the comparison.</param>
/// <param name="Teams">How many students a region's team takes, and whether teams have captains.</param>
/// <param name="Created">When it was started.</param>
/// <param name="Rules">The version of the game's rules it was played under, so that a game recorded before a rule changed
/// replays as it was played (a record without one: 1, the first).</param>
public sealed record GameRecord(string Code, string TeacherToken, string ScenarioName, string ScenarioJson, ulong Seed, int Regime, int ComparisonGames,
    TeamRules Teams, DateTimeOffset Created, int Rules = 1)
{
    /// <summary>The rules from which a member who leaves a team mid-round takes their proposal with them: the rest of the
    /// team's decides (in games recorded before, it stayed the region's decision).</summary>
    public const int MembersLeaveTheirDecision = 2;

    /// <summary>The rules from which a captain freed mid-round hands the decision to the new captain: the new captain's
    /// proposal, if any, decides at once (in games recorded before, only a freed member whose proposal was the decision
    /// handed it on, so a silent captain's successor went unheard).</summary>
    public const int CaptainsHandOverTheDecision = 3;

    /// <summary>The rules from which a captain the teacher names mid-round decides alone: their proposal, if any, is the
    /// region's decision, and without one the region has none until they propose (in games recorded before, the former
    /// captain's proposal stayed the decision until the new captain sent one).</summary>
    public const int NamedCaptainsDecideAlone = 4;

    /// <summary>The rules new games are played under.</summary>
    public const int CurrentRules = NamedCaptainsDecideAlone;
}
