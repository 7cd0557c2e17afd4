using System.Text.Json.Nodes;
using Simulation.Core;

namespace Simulation.Experiments.Scenarios;

/// <summary>A scenario as loaded: the model's input, the merged document it came from, and the files behind it.</summary>
/// <param name="Model">The validated scenario the model runs.</param>
/// <param name="Document">The merged JSON document (after <c>extends</c>), for reports of parameters and their sources.</param>
/// <param name="Files">The files read, the requested one first, then its parents, each with its SHA-256.</param>
public sealed record LoadedScenario(Scenario Model, JsonObject Document, IReadOnlyList<ScenarioFile> Files)
{
    /// <summary>The requested file.</summary>
    public ScenarioFile File => Files[0];
}

/// <summary>A file read while loading a scenario.</summary>
/// <param name="Path">Path as given or resolved from <c>extends</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record ScenarioFile(string Path, string Sha256);
