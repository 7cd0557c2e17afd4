using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Output;

namespace Simulation.Application;

/// <summary>
/// The scenario files an earlier result in a folder was made from, as its <c>manifest.json</c> names them. A command that
/// replaces its whole folder refuses one made from another scenario: a what-if that keeps the name of the scenario it
/// extends would otherwise replace that scenario's result (its default folder is named after the scenario), and an
/// <c>--out</c> reused by mistake would lose a result of another file. Only the same file (re-run, perhaps edited) or a
/// file with the same contents replaces it.
/// </summary>
internal static class EarlierScenario
{
    /// <summary>
    /// Refuses, before any work, <paramref name="folder"/> when its manifest carries <paramref name="mark"/> (an earlier
    /// result of the same command) and names, at some position, a scenario file that is neither the one at that position of
    /// <paramref name="scenarios"/> (the same path, from the folder the command runs in) nor has its SHA-256.
    /// </summary>
    /// <param name="folder">The results folder.</param>
    /// <param name="mark">A property only the command's own manifest has.</param>
    /// <param name="earlier">Reads the scenario files the manifest names, in the order of <paramref name="scenarios"/>; null
    /// entries (an earlier version's manifest) are not compared.</param>
    /// <param name="scenarios">The scenario files this run is made from.</param>
    /// <param name="defaultFolder">Whether the folder is the command's default, named after the scenario, rather than one
    /// given with <c>--out</c>: the message then says how a what-if gets a folder of its own.</param>
    /// <exception cref="InvalidDataException">The earlier result was made from another scenario.</exception>
    public static void RefuseOther(string folder, string mark, Func<JsonObject, IReadOnlyList<ScenarioFile?>> earlier, IReadOnlyList<ScenarioFile> scenarios,
        bool defaultFolder)
    {
        var manifest = ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName));
        if (manifest?[mark] is null)
        {
            return;
        }
        var theirs = earlier(manifest);
        var other = theirs.Zip(scenarios).Where(p => p.First is { } was && !Same(was, p.Second)).ToList();
        if (other.Count == 0)
        {
            return;
        }
        var named = string.Join(" and ", theirs.OfType<ScenarioFile>().Select(f => f.Path));
        var mine = string.Join(" and ", scenarios.Select(f => f.Path));
        throw new InvalidDataException($"'{folder}' holds the results of {named}, another scenario than {mine} (another file, with other contents), "
            + "which these results would replace; " + (defaultFolder
                ? "give them a folder of their own with --out, or the scenario a \"name\" of its own (its default folder is named after it)"
                : "give them another folder with --out")
            + ", or delete that folder first if its results are no longer wanted");
    }

    /// <summary>Returns the scenario file a manifest (or an object in it) names by a path and a SHA-256 property, or null when
    /// it lacks them; by its full path (<paramref name="fullPath"/>) where the manifest records one, which names the same file
    /// from whichever folder the command runs in.</summary>
    public static ScenarioFile? File(JsonNode? node, string path = "path", string sha256 = "sha256", string? fullPath = null) =>
        node is JsonObject o && o[path] is JsonValue p && p.TryGetValue<string>(out var file) && o[sha256] is JsonValue h && h.TryGetValue<string>(out var hash)
            ? ByFullPath(new ScenarioFile(file, hash), o, fullPath)
            : null;

    /// <summary>Returns the first of the scenario files a manifest lists under <paramref name="property"/> (the requested file,
    /// before those it extends), or null; by the full path the manifest records under <paramref name="fullPath"/>, if any.</summary>
    public static ScenarioFile? First(JsonObject manifest, string property, string fullPath) =>
        manifest[property] is JsonArray { Count: > 0 } files && File(files[0]) is { } first ? ByFullPath(first, manifest, fullPath) : null;

    // The file named by the full path the manifest records under fullPath, when it records one.
    private static ScenarioFile ByFullPath(ScenarioFile file, JsonObject manifest, string? fullPath) =>
        fullPath is not null && manifest[fullPath] is JsonValue f && f.TryGetValue<string>(out var full) ? file with { Path = full } : file;

    // The same file (its path, resolved from the folder the command runs in) or the same contents.
    private static bool Same(ScenarioFile earlier, ScenarioFile now) =>
        string.Equals(earlier.Sha256, now.Sha256, StringComparison.OrdinalIgnoreCase)
        || (earlier.Path.IndexOf('\0', StringComparison.Ordinal) < 0 && Path.GetFullPath(earlier.Path) == Path.GetFullPath(now.Path));
}
