using System.Text.Json.Nodes;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Builds the calibrated scenario: a file that <c>extends</c> the original and overrides each calibrated parameter with
/// its posterior mean and a source saying so, and nothing else, so <c>regsim run</c> runs it like any other and a reader
/// sees at a glance what calibration changed.
/// </summary>
public static class CalibratedScenario
{
    /// <summary>
    /// Returns the override document. Lists whose elements all carry the same naming field (<c>Scenarios.ElementKey</c>)
    /// get only the element on the path, matched by that key (<c>JsonMerge</c> merges them element by element); any other list is copied
    /// whole from <paramref name="merged"/>, because the merge replaces such lists whole.
    /// </summary>
    /// <param name="merged">The original scenario's merged document.</param>
    /// <param name="extends">Path of the original scenario file, relative to where the override will be written.</param>
    /// <param name="name">Name of the calibrated scenario.</param>
    /// <param name="description">Its description.</param>
    /// <param name="values">Each calibrated parameter's path, value and source.</param>
    /// <param name="fittedTo">Why every competition of the record is in sample now (its likelihood chose the values), written
    /// as each record entry's <c>inSample</c>, so that <c>regsim validate</c> of the calibrated scenario counts none of them as
    /// validation; null to leave the record as it is.</param>
    public static JsonObject Override(JsonObject merged, string extends, string name, string description,
        IReadOnlyList<(string Path, double Value, string Source)> values, string? fittedTo = null)
    {
        var overlay = new JsonObject
        {
            ["extends"] = extends,
            ["name"] = name,
            ["description"] = description,
        };
        foreach (var (path, value, source) in values)
        {
            Place(overlay, merged, Segments(path), 0, value, source, path);
        }
        if (fittedTo is not null && merged["record"] is JsonArray record && record.Count > 0)
        {
            // Whole entries (a record entry is complete in every file), each the original's but for its inSample.
            overlay["record"] = new JsonArray([.. record.OfType<JsonObject>().Select(entry =>
            {
                var copy = (JsonObject)entry.DeepClone();
                copy["inSample"] = fittedTo;
                return (JsonNode)copy;
            })]);
        }
        return overlay;
    }

    private static void Place(JsonObject overlay, JsonObject merged, IReadOnlyList<(string Field, string? Selector)> segments, int i, double value, string source, string path)
    {
        var (field, selector) = segments[i];
        var last = i == segments.Count - 1;
        if (selector is null)
        {
            if (last)
            {
                if (merged[field] is JsonObject sourced)
                {
                    var copy = (JsonObject)sourced.DeepClone();
                    copy["value"] = value;
                    copy["source"] = source;
                    overlay[field] = copy;
                }
                else
                {
                    overlay[field] = value;
                }
                return;
            }
            var next = merged[field] as JsonObject ?? throw new KeyNotFoundException($"'{path}': no object at '{field}'");
            if (overlay[field] is not JsonObject child)
            {
                child = new JsonObject();
                overlay[field] = child;
            }
            Place(child, next, segments, i + 1, value, source, path);
            return;
        }

        var list = merged[field] as JsonArray ?? throw new KeyNotFoundException($"'{path}': no list at '{field}'");
        var element = Select(list, selector) ?? throw new KeyNotFoundException($"'{path}': no element '{selector}' in '{field}'");
        var key = KeyOf(list);
        if (key is null)
        {
            // Replaced whole by the merge: copy the list once and write into the copy.
            if (overlay[field] is not JsonArray copy)
            {
                copy = (JsonArray)list.DeepClone();
                overlay[field] = copy;
            }
            var target = (JsonObject)copy[list.IndexOf(element)]!;
            Place(target, (JsonObject)target.DeepClone(), segments, i + 1, value, source, path);
            return;
        }
        if (overlay[field] is not JsonArray items)
        {
            items = [];
            overlay[field] = items;
        }
        var id = element[key]!.GetValue<string>();
        var item = items.OfType<JsonObject>().FirstOrDefault(e => e[key]?.GetValue<string>() == id);
        if (item is null)
        {
            item = new JsonObject { [key] = id };
            items.Add(item);
        }
        Place(item, element, segments, i + 1, value, source, path);
    }

    private static JsonObject? Select(JsonArray list, string selector) =>
        int.TryParse(selector, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? (index < list.Count ? list[index] as JsonObject : null)
            : Scenarios.ElementKey.Find(list, selector);

    // The key JsonMerge merges this list by: every element carries it as a string.
    private static string? KeyOf(JsonArray list) =>
        Scenarios.ElementKey.CommonTo(list);

    private static List<(string, string?)> Segments(string path) =>
        path.Split('.').Select(part =>
        {
            var open = part.IndexOf('[');
            return open < 0 ? (part, (string?)null) : (part[..open], part[(open + 1)..^1]);
        }).ToList();
}
