using System.Text.Json.Serialization;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Validation;

/// <summary>
/// What produced a validation folder (<c>manifest.json</c>): the tool and the commit it was built from, the scenario file
/// with its SHA-256 and those of the files it extends, the seed and replications, the scenario the out-of-sample checks
/// calibrate, and the files written, so that a report can be traced to its exact inputs and run again. Its fields are named
/// as a run's manifest names the same things.
/// </summary>
/// <param name="ToolVersion">Version of the tool that wrote the results.</param>
/// <param name="ScenarioFile">Path of the scenario file as given.</param>
/// <param name="ScenarioSha256">Lower-case hex SHA-256 of the scenario file.</param>
/// <param name="ExtendsFiles">Files the scenario extends, each with its SHA-256, nearest parent first.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Replications">Replications per Monte Carlo check.</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="Checks">Checks in <c>validation.csv</c>.</param>
/// <param name="StartedUtc">Start time, ISO 8601 UTC.</param>
/// <param name="WallTimeSeconds">Wall-clock time, seconds.</param>
/// <param name="Files">Files written, relative to the folder.</param>
/// <param name="LeaveOneOut">The out-of-sample checks' calibration, or null (and not written) when they did not run.</param>
/// <param name="SourceRevision">The commit the tool was built from, or null (and not written) when it is not known: the
/// version alone names a release, not the exact source.</param>
/// <param name="ScenarioFullPath">The scenario file's full path, so that the same file run again from another folder (its
/// path as given then differs) is known to be the same; null, and not written, in folders written before it was recorded.</param>
public sealed record ValidationManifest(
    string ToolVersion,
    string ScenarioFile,
    string ScenarioSha256,
    IReadOnlyList<ScenarioFile> ExtendsFiles,
    ulong Seed,
    int Replications,
    int Threads,
    int Checks,
    string StartedUtc,
    double WallTimeSeconds,
    IReadOnlyList<string> Files,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LeaveOneOutManifest? LeaveOneOut = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceRevision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScenarioFullPath = null)
{
    /// <summary>The property only a validation's manifest has: what tells an earlier validation's folder from another command's.</summary>
    public const string Mark = "checks";
}
