using System.Text.Json.Serialization;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Sensitivity;

/// <summary>
/// What produced a sensitivity study's indices (<c>manifest.json</c>): the tool and the commit it was built from, the experiment
/// and scenario files with their SHA-256 and those of the files the scenario extends, the method and its settings, and the
/// files written. Its fields are named as a run's manifest names the same things.
/// </summary>
/// <param name="ToolVersion">Version of the tool that wrote the results.</param>
/// <param name="Factors"><c>experiment</c> (an experiment's factors) or <c>priors</c> (a scenario's priors).</param>
/// <param name="ExperimentFile">Path of the experiment file as given, or null for a screening of priors.</param>
/// <param name="ExperimentSha256">Lower-case hex SHA-256 of the experiment file, or null for a screening of priors.</param>
/// <param name="ScenarioFile">Path of the scenario file: as given to <c>--priors</c>, or as the experiment names it from its folder.</param>
/// <param name="ScenarioSha256">Lower-case hex SHA-256 of the scenario file.</param>
/// <param name="ExtendsFiles">Files the scenario extends, each with its SHA-256, nearest parent first.</param>
/// <param name="Method"><c>morris</c> or <c>sobol</c>.</param>
/// <param name="Regime">Regime mode studied.</param>
/// <param name="Outputs">Outputs analysed.</param>
/// <param name="Points">Design points.</param>
/// <param name="ReplicationsPerPoint">Replications per point.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="BootstrapResamples">Bootstrap resamples of the intervals.</param>
/// <param name="Threads">Worker threads per point (results do not depend on it).</param>
/// <param name="StartedUtc">Start time of this run (not of the points it resumed or gathered), ISO 8601 UTC.</param>
/// <param name="WallTimeSeconds">Wall-clock time of this run, seconds.</param>
/// <param name="Files">Files of the results, relative to the folder.</param>
/// <param name="SourceRevision">The commit the tool was built from, or null (and not written) when it is not known. The points
/// in <c>sweep.csv</c> come from the same commit: a folder of points run by another is not resumed.</param>
public sealed record SensitivityManifest(
    string ToolVersion,
    string Factors,
    string? ExperimentFile,
    string? ExperimentSha256,
    string ScenarioFile,
    string ScenarioSha256,
    IReadOnlyList<ScenarioFile> ExtendsFiles,
    string Method,
    string Regime,
    IReadOnlyList<string> Outputs,
    int Points,
    int ReplicationsPerPoint,
    ulong Seed,
    int BootstrapResamples,
    int Threads,
    string StartedUtc,
    double WallTimeSeconds,
    IReadOnlyList<string> Files,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceRevision = null);
