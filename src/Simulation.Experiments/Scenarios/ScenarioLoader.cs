using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Loads a scenario file: parses it, follows its <c>extends</c> chain, checks every file and the merged result
/// against the schema, then checks what a schema cannot (references, timeline coverage) while building the
/// model's input. Any problem is reported before anything runs.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Returns the loaded scenario, or throws <see cref="ScenarioException"/> naming the file, JSON path and problem.</summary>
    public static LoadedScenario Load(string path)
    {
        var files = new List<ScenarioFile>();
        var declared = new Dictionary<string, InSampleDeclaration>();
        var undeclared = new List<ScenarioProblem>();
        var own = new List<JsonObject>();
        var notes = new List<string>();
        var merged = LoadChain(path, files, [], (declared, undeclared), own, notes);
        merged.Remove("extends");
        merged.Remove("$schema");
        var label = LoadedScenario.LabelOf(files);
        var problems = ScenarioSchema.Check(merged, label);
        if (problems.Count == 0)
        {
            problems = PriorSupport.Check(merged, label, files.Count > 1 ? own[0] : null);
        }
        if (problems.Count == 0)
        {
            problems = undeclared;
        }
        try
        {
            if (problems.Count > 0)
            {
                throw new ScenarioException(problems);
            }
            var loaded = new LoadedScenario(new ScenarioReader(label).Read(merged), merged, files) { DeclaredInSample = declared, NamesItself = files.Count == 1 || own[0]["name"] is not null };
            var reads = ModelReads.Of(loaded, loaded.Model.Modes());
            return WithCheckedRecord(loaded with { Notes = [.. notes, .. reads.InertElements(), .. reads.SilentLimits()] });
        }
        catch (ScenarioException rejected) when (files.Count > 1)
        {
            // Positions in the merged lists match none of the files; keys match all of them.
            var parent = new Lazy<JsonObject>(() => LoadChain(files[1].Path, [], []));
            throw new ScenarioException([.. KeyedPaths.Rewrite(rejected.Problems, merged)
                .Select(p => NewElementHint(p, parent, files[0].Path))
                .Select(p => p.File == label ? ProblemOrigin.Locate(p, files, own) : p)], rejected.Kind);
        }
    }

    // An element of a list merged by key that lacks required fields, and whose key no element of the files it extends has,
    // came from the extending file alone, as a new element: most often a misspelt id. The problem then names that file, not
    // the chain. (A position, not a key, in the brackets means the list replaced the parent's whole, and the element is not
    // new for being unmatched.)
    private static ScenarioProblem NewElementHint(ScenarioProblem problem, Lazy<JsonObject> parent, string child)
    {
        var element = System.Text.RegularExpressions.Regex.Match(problem.JsonPath, @"^\$\.([\w.]+)\[([^\]]+)\]$");
        if (!element.Success || problem.Kind != ScenarioProblemKind.MissingFields
            || int.TryParse(element.Groups[2].Value, out _))
        {
            return problem;
        }
        var (list, key) = (element.Groups[1].Value, element.Groups[2].Value);
        var known = ScenarioFields.At(parent.Value, list) is JsonArray elements && elements.OfType<JsonObject>()
            .Any(e => ElementKey.Fields.Any(k => e[k] is JsonValue v && v.TryGetValue<string>(out var id) && id == key));
        if (known)
        {
            return problem;
        }
        var names = ScenarioFields.At(parent.Value, list) is JsonArray all ? all.Select(ElementKey.NameOf).OfType<string>() : [];
        // A near name suggests a misspelling; with none, the element is most likely meant to be new, and only the fields are missing.
        var hint = NearestName.Find(key, names) is { } near ? $" (is '{key}' misspelt, for '{near}'?)" : string.Empty;
        return problem with
        {
            File = child,
            Message = $"{problem.Message}: '{key}' matches no element of {list} in the files it extends, so it is read as a new one, "
                + $"which needs them{hint}",
        };
    }

    /// <summary>Returns the scenario built from JSON text (no <c>extends</c> allowed); <paramref name="name"/> labels messages.</summary>
    public static LoadedScenario Parse(string json, string name = "<text>")
    {
        var document = DocumentText.ParseObject(json, name, DocumentKind.Scenario);
        if (document.ContainsKey("extends"))
        {
            throw new ScenarioException(name, "$.extends", "'extends' needs a file on disk; load the scenario with Load(path)");
        }
        document.Remove("$schema");
        var problems = ScenarioSchema.Check(document, name);
        var declared = new Dictionary<string, InSampleDeclaration>();
        if (problems.Count == 0)
        {
            problems = InSampleDeclarations.Collect(document, document, name, declared);
        }
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }
        var files = new[] { new ScenarioFile(name, Sha256(System.Text.Encoding.UTF8.GetBytes(json))) };
        return WithCheckedRecord(new LoadedScenario(new ScenarioReader(name).Read(document), document, files) { DeclaredInSample = declared });
    }

    // A record or pattern that names a project, programme or region the scenario lacks is refused whatever the command, not
    // only by those that score the model against it; whether a what-if still fits them is asked only by those.
    private static LoadedScenario WithCheckedRecord(LoadedScenario scenario)
    {
        if (scenario.Document["record"] is JsonArray { Count: > 0 })
        {
            Validation.HistoricalRecord.CheckNames(scenario);
        }
        if (scenario.Document["patterns"] is JsonObject)
        {
            Validation.RecordPatterns.CheckNames(scenario);
        }
        return scenario;
    }

    /// <summary>
    /// Returns the scenario of a merged document whose shape passed the schema before and whose numbers changed only within
    /// bounds checked against it (a calibration's particles, a sweep's points): what the schema cannot check is still checked
    /// while reading.
    /// </summary>
    internal static Core.Scenario ReadChecked(JsonObject document, string name) => new ScenarioReader(name).Read(document);

    /// <summary>Returns <paramref name="path"/> without the steps back and forth that joining a path to a file's folder
    /// leaves (bad/../scenarios/x.json is scenarios/x.json): messages and manifests name it as a user would. A relative path
    /// stays relative.</summary>
    internal static string Tidy(string path) =>
        Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));

    // Follows the extends chain, parent first. When given, inSample notes each file's in-sample declarations as that file
    // reads its parameters (merged with its parents), and the problems of those that name no number; owns collects each
    // file's own document, the first file's first.
    private static JsonObject LoadChain(string path, List<ScenarioFile> files, HashSet<string> seen,
        (Dictionary<string, InSampleDeclaration> Declared, List<ScenarioProblem> Problems)? inSample = null, List<JsonObject>? owns = null,
        List<string>? notes = null)
    {
        var full = Path.GetFullPath(path);
        if (!seen.Add(full))
        {
            throw new ScenarioException(path, "$.extends", $"'extends' makes a cycle: {string.Join(" → ", seen.Select(Path.GetFileName))} → {Path.GetFileName(full)}");
        }
        if (Directory.Exists(full))
        {
            throw new ScenarioException(path, "$", "is a folder; give the path of a scenario file (a .json file)");
        }
        if (!File.Exists(full))
        {
            throw new ScenarioException(path, "$", "file not found");
        }
        var bytes = DocumentText.ReadBytes(full, path, DocumentKind.Scenario);
        files.Add(new ScenarioFile(path, Sha256(bytes)));
        var document = DocumentText.ParseObject(DocumentText.Decode(bytes, path, DocumentKind.Scenario), path, DocumentKind.Scenario);
        owns?.Add(document);
        // In a file that extends another, null removes a field the parent sets (JsonMerge); the rest is checked on its own.
        var problems = ScenarioSchema.Check(document["extends"] is JsonValue ? JsonMerge.WithoutRemovals(document) : document, path);
        if (problems.Count > 0)
        {
            // Another kind of file (an experiment, a schema, a result's manifest) is said to be one, not misspelt field by field.
            throw MistakenFile.Describe(document, path, DocumentKind.Scenario) is { } other
                ? new ScenarioException(path, "$", other)
                : new ScenarioException(problems);
        }
        if (document["extends"] is not JsonValue extends)
        {
            Declare(document, document, path, inSample);
            return document;
        }
        var parentPath = Tidy(Path.Combine(Path.GetDirectoryName(path) ?? ".", extends.GetValue<string>()));
        if (Directory.Exists(parentPath))
        {
            throw new ScenarioException(path, "$.extends", $"the file it extends, '{parentPath}', is a folder, not a scenario file");
        }
        if (!File.Exists(parentPath))
        {
            // A relative path is read from the extending file's folder, not from where regsim runs: say which folder that is.
            var folder = Path.GetFullPath(Path.GetDirectoryName(path) is { Length: > 0 } d ? d : ".");
            throw new ScenarioException(path, "$.extends", Path.IsPathRooted(extends.GetValue<string>())
                ? $"the file it extends, '{parentPath}', does not exist"
                : $"the file it extends, '{parentPath}', does not exist ('{extends.GetValue<string>()}' is read from the folder of the file that extends it, {folder})");
        }
        if (JsonMerge.RepeatedKey(document) is var (where, key, id))
        {
            throw new ScenarioException(path, where, $"duplicate {key} '{id}': a file that extends another names each element once, "
                + "since elements are merged by their " + key);
        }
        var parent = LoadChain(parentPath, files, seen, inSample, owns, notes);
        parent.Remove("extends");
        document.Remove("extends");
        if (SourcedNumberReplacement.Problems(parent, document, path, parentPath) is { Count: > 0 } replaced)
        {
            throw new ScenarioException(replaced);
        }
        notes?.AddRange(DroppedElements.Notes(parent, document, path, parentPath));
        var merged = JsonMerge.Merge(parent, document);
        Declare(document, merged, path, inSample);
        return merged;
    }

    private static void Declare(JsonObject own, JsonObject merged, string file,
        (Dictionary<string, InSampleDeclaration> Declared, List<ScenarioProblem> Problems)? inSample)
    {
        if (inSample is { } ledger)
        {
            ledger.Problems.AddRange(InSampleDeclarations.Collect(own, merged, file, ledger.Declared));
        }
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
