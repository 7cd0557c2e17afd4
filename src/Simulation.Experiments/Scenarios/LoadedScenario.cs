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

    /// <summary>The files the requested one extends, nearest parent first, each with its SHA-256: what a result's provenance
    /// names beside the requested file, since an edit to any of them changes the scenario.</summary>
    public IReadOnlyList<ScenarioFile> ExtendsFiles => [.. Files.Skip(1)];

    /// <summary>The entries of the record and its patterns declared in sample for named parameters, by entry
    /// (<see cref="InSampleDeclarations.RecordEntry"/>, <see cref="InSampleDeclarations.PatternEntry"/>): the file that declared
    /// each and the values the parameters held there. Empty when none names a parameter.</summary>
    public IReadOnlyDictionary<string, InSampleDeclaration> DeclaredInSample { get; init; } = new Dictionary<string, InSampleDeclaration>();

    /// <summary>Whether the requested file writes its own <c>name</c>, rather than keeping the name of the file it extends: a
    /// command's default folder is named after the scenario, so a what-if that keeps its parent's name would write to its
    /// parent's folder.</summary>
    public bool NamesItself { get; init; } = true;

    /// <summary>What loading noticed that may not be meant but is allowed (<see cref="DroppedElements"/>), for a host to show
    /// beside the results; empty for most scenarios.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How messages name the scenario: the file, and the files it extends when there are any (a problem found in
    /// the merged document may lie in any of them).</summary>
    public string Label => LabelOf(Files);

    /// <summary>The <see cref="Label"/> of a scenario read from <paramref name="files"/>, the requested one first.</summary>
    public static string LabelOf(IReadOnlyList<ScenarioFile> files) =>
        files.Count > 1 ? $"{files[0].Path} (merged with {string.Join(", ", files.Skip(1).Select(f => f.Path))})" : files[0].Path;

    /// <summary>Returns <paramref name="problems"/> as an exception naming list elements by their keys, as loading does.</summary>
    public ScenarioException Rejection(IReadOnlyList<ScenarioProblem> problems) => new(KeyedPaths.Rewrite(problems, Document));
}

/// <summary>A file read while loading a scenario.</summary>
/// <param name="Path">Path as given or resolved from <c>extends</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record ScenarioFile(string Path, string Sha256);
