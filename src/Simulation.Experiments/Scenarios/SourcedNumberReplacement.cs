using System.Globalization;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// A what-if that gives a bare number where the file it extends has a sourced one (<c>{"value", "source", "prior"}</c>)
/// replaces that object whole, so the value would lose its source and its prior without a word: the outputs would show
/// an invented value beside no source, or the measured statistic's, and calibration would no longer treat it as uncertain.
/// So it is refused, saying how to write the value with a source of its own.
/// </summary>
public static class SourcedNumberReplacement
{
    /// <summary>Returns a problem for every bare number in <paramref name="child"/> that stands where
    /// <paramref name="parent"/> has a sourced number, found by walking both (keyed arrays element by element, by key).</summary>
    /// <param name="parent">The document extended (merged with its own parents).</param>
    /// <param name="child">The extending file's own document.</param>
    /// <param name="childFile">The extending file, as messages name it.</param>
    /// <param name="parentFile">The file it extends.</param>
    public static IReadOnlyList<ScenarioProblem> Problems(JsonObject parent, JsonObject child, string childFile, string parentFile)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(child);
        return [.. ExtendedPlaces.Of(parent, child)
            .Where(place => place.Parent is JsonObject sourced && sourced["value"] is JsonValue && place.Child is JsonValue bare && bare.TryGetValue<double>(out _))
            .Select(place => new ScenarioProblem(childFile, place.Path, Message((JsonObject)place.Parent!, place.Child!.GetValue<double>(), parentFile)))];
    }

    private static string Message(JsonObject sourced, double x, string parentFile)
    {
        var number = x.ToString("G", CultureInfo.InvariantCulture);
        var source = sourced["source"] is JsonValue s && s.TryGetValue<string>(out var text) ? $" (source: \"{text}\")" : "";
        var prior = sourced["prior"] is JsonObject p && p["min"] is JsonValue min && p["max"] is JsonValue max
            ? $" and its prior ({min.ToJsonString()}–{max.ToJsonString()}, which calibration and sensitivity draw from)"
            : "";
        return $"the bare number {number} would replace the sourced value {parentFile} gives here{source} whole, dropping its source{prior}: "
            + $"write {{\"value\": {number}, \"source\": \"…\"}} with where the number comes from (\"assumption\" if it is one)"
            + (prior.Length > 0 ? $"; the prior is then kept and must hold {number} (widen its min and max, or drop it with \"prior\": null)" : "");
    }
}
