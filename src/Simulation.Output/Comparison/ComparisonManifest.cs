using System.Text.Json.Serialization;
using Simulation.Experiments.Comparison;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Comparison;

/// <summary>What produced a comparison folder (<c>manifest.json</c>): both scenarios with their hashes, seed and options.</summary>
/// <param name="ToolVersion">Version of the tool.</param>
/// <param name="ScenarioA">Scenario A's files (the file itself first, then what it extends) with their SHA-256.</param>
/// <param name="ScenarioB">Scenario B's files.</param>
/// <param name="Seed">Master seed shared by both (common random numbers).</param>
/// <param name="Replications">Replication pairs.</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="Modes">Regime modes compared.</param>
/// <param name="StartedUtc">Start time, ISO 8601 UTC.</param>
/// <param name="WallTimeSeconds">Wall-clock time, seconds.</param>
/// <param name="Files">Files written, relative.</param>
/// <param name="NotCompared">Regime modes, projects, regions and metrics only one scenario has (no difference is given for them).</param>
/// <param name="SourceRevision">The commit the tool was built from, or null (and not written) when it is not known.</param>
/// <param name="ScenarioAFullPath">Scenario A's file by its full path, so that the same files compared again from another
/// folder are known to be the same; null, and not written, in folders written before it was recorded.</param>
/// <param name="ScenarioBFullPath">Scenario B's, likewise.</param>
public sealed record ComparisonManifest(
    string ToolVersion,
    IReadOnlyList<ScenarioFile> ScenarioA,
    IReadOnlyList<ScenarioFile> ScenarioB,
    ulong Seed,
    int Replications,
    int Threads,
    IReadOnlyList<string> Modes,
    string StartedUtc,
    double WallTimeSeconds,
    IReadOnlyList<string> Files,
    IReadOnlyList<NotCompared> NotCompared,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceRevision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScenarioAFullPath = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScenarioBFullPath = null)
{
    /// <summary>The property only a comparison's manifest has: what tells an earlier comparison's folder from another command's.</summary>
    public const string Mark = "scenarioA";
}
