using System.Text.Json.Serialization;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output;

/// <summary>
/// What produced a results folder (<c>manifest.json</c>): tool version, scenario files with their hashes, seed and
/// options, so a result can be traced and re-run exactly.
/// </summary>
/// <param name="ToolVersion">Version of the tool that wrote the results.</param>
/// <param name="ScenarioName">Scenario name.</param>
/// <param name="ScenarioFile">Path of the scenario file as given.</param>
/// <param name="ScenarioSha256">Lower-case hex SHA-256 of the scenario file.</param>
/// <param name="ExtendsFiles">Files the scenario extends, each with its SHA-256, nearest parent first.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Replications">Replications run per mode.</param>
/// <param name="Threads">Worker threads (results do not depend on it).</param>
/// <param name="Modes">Mode labels run, in order.</param>
/// <param name="StartedUtc">Start time, ISO 8601 UTC (for example <c>2025-01-31T12:00:00Z</c>).</param>
/// <param name="WallTimeSeconds">Wall-clock time of the run, seconds.</param>
/// <param name="Files">Files written, relative to the results folder.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set at the end of the run, bytes (null when not measured):
/// shows that memory stays flat however many replications are run.</param>
/// <param name="SourceRevision">The commit the tool was built from, or null (and not written) when it is not known: the
/// version alone names a release, not the exact source.</param>
/// <param name="OutcomeColumns">The columns of <c>outcomes.csv</c> and <c>outcomes.parquet</c> in file order, each with its type
/// (<see cref="Tables.OutcomeTable.Columns"/>: <c>int64</c> for the replication and every count, <c>string</c> for the
/// regime and winners, <c>double</c> for every other metric), so that a reader of either file types each column as regsim
/// wrote it; null (and not written) when the run wrote no outcomes.</param>
/// <param name="ScenarioFullPath">The scenario file's full path, so that the same file run again from another folder (its
/// path as given then differs) is known to be the same; null, and not written, in folders written before it was recorded.</param>
public sealed record RunManifest(
    string ToolVersion,
    string ScenarioName,
    string ScenarioFile,
    string ScenarioSha256,
    IReadOnlyList<ScenarioFile> ExtendsFiles,
    ulong Seed,
    int Replications,
    int Threads,
    IReadOnlyList<string> Modes,
    string StartedUtc,
    double WallTimeSeconds,
    IReadOnlyList<string> Files,
    long? PeakWorkingSetBytes = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceRevision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, Tables.ColumnType>? OutcomeColumns = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScenarioFullPath = null)
{
    /// <summary>The property only a run's manifest has: what tells an earlier run's folder from another command's.</summary>
    public const string Mark = "scenarioName";
}
