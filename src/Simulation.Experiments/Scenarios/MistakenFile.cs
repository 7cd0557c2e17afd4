using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Tells what a JSON file given in place of a scenario or an experiment is, when it is plainly another kind of file regsim
/// reads or writes: an experiment, a scenario, a JSON Schema, the manifest written beside a command's results. Such a file is
/// refused in one line saying what it is and which commands read it, rather than field by field as if each of its fields
/// were misspelt.
/// </summary>
internal static class MistakenFile
{
    /// <summary>The commands that read a scenario file.</summary>
    public const string ScenarioCommands = "regsim run, compare, validate, calibrate, eval and sensitivity --priors";

    /// <summary>The commands that read an experiment file.</summary>
    public const string ExperimentCommands = "regsim sweep, sensitivity and slurm";

    /// <summary>Returns what <paramref name="document"/>, read from <paramref name="file"/> where a file of kind
    /// <paramref name="expected"/> was asked for, is instead, in words that follow the file's name and the JSON path "$"; or
    /// null when it is not recognisably another kind of file (it is then checked field by field).</summary>
    public static string? Describe(JsonObject document, string file, DocumentKind expected)
    {
        var schema = Text(document["$schema"]);
        var wanted = expected == DocumentKind.Experiment ? "an experiment" : "a scenario";
        if (schema?.Contains("json-schema.org", StringComparison.Ordinal) == true)
        {
            var title = Text(document["title"]) is { } named ? $" ('{named}')" : string.Empty;
            return $"is a JSON Schema{title}, the rules files are checked against, which editors read through a file's \"$schema\", not {wanted}; "
                + $"{Reader(expected)}";
        }
        if (document["toolVersion"] is JsonValue)
        {
            var input = expected == DocumentKind.Experiment ? Text(document["experimentFile"]) : Text(document["scenarioFile"]);
            return $"is the manifest regsim writes beside a command's results (it names the tool version, the inputs and the files), not {wanted}"
                + (input is null ? $"; {Reader(expected)}" : $"; the {(expected == DocumentKind.Experiment ? "experiment" : "scenario")} it records is '{input}'");
        }
        if (expected == DocumentKind.Scenario && Looks(document, schema, Sweeps.ExperimentLoader.Schema.Fields, ScenarioSchema.Fields, "experiment.schema.json"))
        {
            var scenario = Text(document["scenario"]) is { } relative ? $"; the scenario it varies is '{Beside(file, relative)}'" : string.Empty;
            return $"is an experiment (a scenario's factors to vary and its design), which {ExperimentCommands} read, not a scenario{scenario}";
        }
        if (expected == DocumentKind.Experiment && Looks(document, schema, ScenarioSchema.Fields, Sweeps.ExperimentLoader.Schema.Fields, "scenario.schema.json"))
        {
            return $"is a scenario, which {ScenarioCommands} read, not an experiment (which names a scenario and the factors to vary in it)";
        }
        return null;
    }

    private static string Reader(DocumentKind expected) => expected == DocumentKind.Experiment
        ? $"{ExperimentCommands} read an experiment file (scenarios/experiments/*.json)"
        : $"{ScenarioCommands} read a scenario file (scenarios/*.json)";

    // Whether the document is of the kind whose own fields are given: its "$schema" names that kind's schema, or it has a
    // field only that kind has and none only the other kind has (a field both may have, such as name or seed, says neither).
    private static bool Looks(JsonObject document, string? schema, IReadOnlySet<string> kind, IReadOnlySet<string> other, string schemaFile)
    {
        if (schema?.EndsWith(schemaFile, StringComparison.Ordinal) == true)
        {
            return true;
        }
        var keys = document.Select(p => p.Key).ToList();
        return keys.Any(k => kind.Contains(k) && !other.Contains(k)) && !keys.Any(k => other.Contains(k) && !kind.Contains(k));
    }

    // A path written in the file, relative to the file's folder, as the user would type it from here.
    private static string Beside(string file, string relative) => ScenarioLoader.Tidy(Path.Combine(Path.GetDirectoryName(file) ?? ".", relative));

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
