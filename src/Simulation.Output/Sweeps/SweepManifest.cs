using System.Text.Json.Serialization;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Sweeps;

/// <summary>
/// What a sweep folder holds (<c>sweep.manifest.json</c>): the experiment and version that produced it and which shard,
/// so a resumed sweep and a merge can refuse to mix results of different experiments or versions.
/// </summary>
/// <param name="ToolVersion">Version of the tool that wrote the rows.</param>
/// <param name="Experiment">Experiment name.</param>
/// <param name="ExperimentFile">Experiment file as given (for a study of a scenario's priors, the scenario file, whose priors
/// are its factors).</param>
/// <param name="ExperimentSha256">SHA-256 of <paramref name="ExperimentFile"/>'s bytes, as <c>sha256sum</c> gives it.</param>
/// <param name="ScenarioSha256">SHA-256 of the swept scenario file.</param>
/// <param name="ShardIndex">This shard (0-based), or null for a whole sweep.</param>
/// <param name="ShardCount">Number of shards, or null for a whole sweep.</param>
/// <param name="Points">Design points in the whole experiment.</param>
/// <param name="Modes">Regime modes per point.</param>
/// <param name="MergedScenarioSha256">SHA-256 of the scenario as merged with the files it extends (its compact JSON text),
/// which changes when a file it extends does; null in folders written before it was recorded, which are not checked on it.</param>
/// <param name="Study">The command whose design points the folder holds when it is not a sweep (<c>sensitivity</c>), so that
/// <c>regsim merge</c> does not take a study's shards for a sweep's; null, and not written, for a sweep.</param>
/// <param name="SourceRevision">The commit the tool was built from, so that shards run before and after a change of the code
/// under the same version number are not merged or resumed together; null, and not written, when it is not known.</param>
/// <param name="CodeTree">Git's hash of the code the tool was built from (<see cref="BuildIdentity"/>): shards and points of
/// the same code are resumed and merged together whatever commit they came with; null, and not written, when it is not known
/// (then the commit decides).</param>
/// <param name="StudySettings">A study's settings by name (method, design, replications, seed, factors, files), so that a folder
/// of another study is refused naming what differs; null, and not written, for a sweep and in folders written before.</param>
/// <param name="Design">A sweep's design (<c>grid</c>, <c>latinHypercube</c>, <c>sobol</c>), so that whoever holds only the
/// folder can read how it was made; null, and not written, for a study (its settings say it) and in folders written before.
/// The experiment's digest already covers it, so it is not compared.</param>
/// <param name="ReplicationsPerPoint">A sweep's replications at each point; null as <paramref name="Design"/>.</param>
/// <param name="Seed">A sweep's seed; null as <paramref name="Design"/>.</param>
/// <param name="CommonRandomNumbers">Whether a sweep's points share their random streams; null as <paramref name="Design"/>.</param>
/// <param name="SweepCsvSha256">SHA-256 of the <c>sweep.csv</c> a shard finished writing (<see cref="ShardDigests"/>), so that
/// <c>regsim merge</c> refuses a shard whose rows were changed after it wrote them and a shard is not resumed from them; null,
/// and not written, while a shard runs, for a whole sweep, a merged one or a study, and in shards written before it was recorded.</param>
/// <param name="ParquetPartSha256">SHA-256 of the Parquet part a shard wrote with its rows (<c>--format parquet</c>), checked
/// by <c>regsim merge</c> as <paramref name="SweepCsvSha256"/> is; null, and not written, when the shard wrote none.</param>
/// <param name="StudySettingsSha256">A study's digest: the SHA-256 of one line that holds what <paramref name="StudySettings"/>
/// names (the experiment's and the scenario file's SHA-256, the method and its design, the seeds, the replications, whether
/// the points share their random streams, the regime mode and the factors' ranges), not of a file; two studies with the same
/// digest run the same points. Null, and not written, for a sweep, whose experiment file says all of it.</param>
/// <param name="ScenarioFile">The swept scenario's file as the experiment names it from its folder; null, and not written, in
/// folders written before it was recorded.</param>
/// <param name="Factors">A sweep's factors with their ranges (<see cref="SweepFactor"/>); null, and not written, as
/// <paramref name="Design"/>. The experiment's digest covers them, so they are not compared.</param>
/// <param name="ExtendsFiles">Files the scenario extends, each with its SHA-256, nearest parent first (what
/// <paramref name="MergedScenarioSha256"/> covers besides the scenario's own file); null, and not written, as
/// <paramref name="ScenarioFile"/>.</param>
/// <param name="Columns">A sweep's columns with what each means, in words (the regime modes, the factors' parameters and
/// ranges, each metric's definition and unit, the intervals), so that the table can be read without the documentation;
/// null, and not written, for a study and in folders written before. Not compared.</param>
/// <param name="Description">What the experiment asks, as its file says; null, and not written, when it says nothing and for a
/// study. The experiment's digest covers it, so it is not compared.</param>
public sealed record SweepManifest(
    string ToolVersion,
    string Experiment,
    string ExperimentFile,
    string ExperimentSha256,
    string ScenarioSha256,
    int? ShardIndex,
    int? ShardCount,
    int Points,
    IReadOnlyList<string> Modes,
    string? MergedScenarioSha256 = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Study = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceRevision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? StudySettings = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Design = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ReplicationsPerPoint = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ulong? Seed = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? CommonRandomNumbers = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SweepCsvSha256 = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ParquetPartSha256 = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StudySettingsSha256 = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScenarioFile = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ScenarioFile>? ExtendsFiles = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SweepFactor>? Factors = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Columns = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CodeTree = null)
{
    /// <summary>Returns why <paramref name="other"/> cannot be joined with this one, or null when it can (shards aside). The
    /// digests of what a shard wrote are not compared: they say whether a folder's files are as written, not which sweep it is.</summary>
    public string? Incompatibility(SweepManifest other) =>
        other.Study != Study || other.StudySettingsSha256 != StudySettingsSha256 || other.ExperimentSha256 != ExperimentSha256
            || other.ScenarioSha256 != ScenarioSha256 ? Different(other)
        : (other.MergedScenarioSha256 is { } merged && MergedScenarioSha256 is { } mine && merged != mine) || ChangedParent(other) is not null
            ? ExtendedFileChanged(other)
        : other.ToolVersion != ToolVersion ? $"it was written by regsim {other.ToolVersion}, not {ToolVersion}"
        : BuildIdentity.Difference(other.SourceRevision, other.CodeTree, SourceRevision, CodeTree) is { } build ? build
        : other.ReplicationsPerPoint is { } theirCount && ReplicationsPerPoint is { } myCount && theirCount != myCount
            ? $"it ran {theirCount} replications per point, not {myCount} (--replications)"
        : !other.Modes.SequenceEqual(Modes) || other.Points != Points ? "its design differs"
        : null;

    // A study's digest covers its method and settings as well as the files, so studies are told apart by their names, which
    // name the method; a sweep and a study are told apart by what they hold.
    private string Different(SweepManifest other) => (Study, other.Study) switch
    {
        (not null, not null) when SettingsDiffering(other) is { Length: > 0 } differing =>
            $"its study ({other.Experiment} of {other.ExperimentFile}) has other settings: {differing}",
        (not null, not null) => $"its study ({other.Experiment} of {other.ExperimentFile}) differs from this one ({Experiment}) in its method, settings, experiment or scenario",
        (not null, null) => $"it holds a sweep's rows ({other.Experiment} of {other.ExperimentFile}), not a study's points",
        (null, not null) => $"it holds the points of a {other.Study} study ({other.Experiment} of {other.ExperimentFile}), not a sweep's rows",
        // Another experiment altogether (a folder of the wrong sweep globbed in): said before what else differs with it.
        _ when other.Experiment != Experiment => $"it holds another experiment's rows ('{other.Experiment}' of {other.ExperimentFile}, not '{Experiment}' of "
            + $"{ExperimentFile} as here)",
        _ when other.Seed is { } theirs && Seed is { } mine && theirs != mine =>
            $"it was run with seed {theirs}, not {mine} as here (the experiment's \"seed\"), so their points draw on other random streams",
        _ when other.ExperimentSha256 != ExperimentSha256 => $"it was run from a different experiment file ({other.ExperimentFile}, SHA-256 "
            + $"{other.ExperimentSha256[..12]}…, against {ExperimentFile}, {ExperimentSha256[..12]}…, here; any edit counts, even of spacing)",
        _ => $"it sweeps a different scenario file ({other.ScenarioFile ?? "its name not recorded"}, SHA-256 {other.ScenarioSha256[..12]}… there, against "
            + $"{ScenarioFile ?? "its name not recorded"}, {ScenarioSha256[..12]}…, here; any edit counts)",
    };

    // Which file the scenario extends differs between the two, by the digests both recorded, or that one did when only the
    // merged document's digest tells. Its bytes are compared, as the scenario's own file is: an edit that leaves the merged
    // document as it was (spacing) still makes the manifest's record of that file untrue for one of the two.
    private string ExtendedFileChanged(SweepManifest other) => ChangedParent(other) is var (file, their)
        ? $"a file its scenario extends, {file.Path}, has changed since (SHA-256 {their.Sha256[..12]}… there, {file.Sha256[..12]}… here; any edit counts)"
        : "a file its scenario extends has changed since";

    // The first file the scenario extends that both record under the same path with different digests, or null.
    private (ScenarioFile Mine, ScenarioFile Theirs)? ChangedParent(SweepManifest other)
    {
        var theirs = other.ExtendsFiles ?? [];
        foreach (var file in ExtendsFiles ?? [])
        {
            if (theirs.FirstOrDefault(t => t.Path == file.Path) is { } their && their.Sha256 != file.Sha256)
            {
                return (file, their);
            }
        }
        return null;
    }

    // "name: theirs there, mine here" for each setting both manifests record and that differs.
    private string SettingsDiffering(SweepManifest other) =>
        StudySettings is null || other.StudySettings is null
            ? string.Empty
            : string.Join("; ", StudySettings
                .Where(s => other.StudySettings.TryGetValue(s.Key, out var theirs) && theirs != s.Value)
                .Select(s => $"{s.Key} {other.StudySettings[s.Key]} there, {s.Value} here"));
}
