using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// Names one number in a scenario, in the scenario's own vocabulary: <c>regimes[lee].tilt[equity].weight</c>,
/// <c>nationalFund.growthRatePerYear</c>, <c>regions[daegu].values.fiscalSelfReliance</c>. A bracket selects a list element
/// by its <c>id</c> or <c>signal</c>, or by position; a path that ends on a sourced number sets its <c>value</c>.
/// </summary>
public sealed class ParameterPath
{
    private readonly IReadOnlyList<(string Field, string? Selector)> _segments;

    private ParameterPath(string text, IReadOnlyList<(string, string?)> segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>Parses a path; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static ParameterPath Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("the parameter path is empty");
        }
        var segments = new List<(string, string?)>();
        foreach (var part in text.Split('.'))
        {
            var open = part.IndexOf('[');
            if (open < 0)
            {
                segments.Add((Check(part, text), null));
                continue;
            }
            if (!part.EndsWith(']') || part.IndexOf('[', open + 1) >= 0)
            {
                throw new FormatException($"'{part}' in '{text}' should look like name[selector]");
            }
            var selector = part[(open + 1)..^1];
            if (selector.Length == 0)
            {
                throw new FormatException($"empty selector in '{text}'");
            }
            segments.Add((Check(part[..open], text), selector));
        }
        return new ParameterPath(text, segments);
    }

    /// <summary>Returns the number the path names in <paramref name="document"/>; throws <see cref="KeyNotFoundException"/> naming the missing step.</summary>
    public double Read(JsonObject document)
    {
        var (parent, key) = Locate(document);
        var node = parent[key];
        return (node is JsonObject sourced ? sourced["value"] : node)!.GetValue<double>();
    }

    /// <summary>Sets the number the path names in <paramref name="document"/> (the <c>value</c> of a sourced number), keeping its source.</summary>
    public void Write(JsonObject document, double value)
    {
        var (parent, key) = Locate(document);
        if (parent[key] is JsonObject sourced)
        {
            sourced["value"] = value;
        }
        else
        {
            parent[key] = value;
        }
    }

    /// <summary>Returns the JSON path of the number this path names in <paramref name="document"/> (<c>$.regimes[1].tilt[0].weight.value</c>),
    /// the same however the path spells it (a selector by id or by position, a sourced number with or without <c>.value</c>).</summary>
    public string Target(JsonObject document) => Number(document).GetPath();

    /// <summary>Returns the node of the number this path names in <paramref name="document"/> (a sourced number's <c>value</c>),
    /// whose ancestors say which list element it belongs to however the path's selectors spell it.</summary>
    public JsonNode Number(JsonObject document)
    {
        var (parent, key) = Locate(document);
        var node = parent[key]!;
        return node is JsonObject sourced ? sourced["value"]! : node;
    }

    /// <summary>Returns why no run reads this path, or null when a run does: the seed and replications, which each point takes
    /// from the experiment; a number's <c>prior</c> or a region's <c>tile</c>, which describe it; the historical record and
    /// its patterns, which only validation reads. A factor on such a path would vary a column and nothing else.</summary>
    public string? Unread()
    {
        var first = _segments[0].Field;
        if (_segments.Count == 1 && first is "seed" or "replications")
        {
            return $"'{Text}' is set for every point by the experiment (its seed and replicationsPerPoint), so varying it changes nothing";
        }
        if (first is "record" or "patterns")
        {
            return $"'{Text}' is part of the historical record, which runs do not read (only regsim validate does)";
        }
        var part = _segments.FirstOrDefault(x => x.Field is "prior" or "tile").Field;
        return part switch
        {
            "prior" => $"'{Text}' is a number's prior, which describes it and which no run reads; vary the number itself",
            "tile" => $"'{Text}' is a region's place on the maps of results, which no run reads",
            _ => null,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    // A field the object does not have, but one of its own is within two edits of: the likely misspelling, named.
    private static string Nearest(JsonObject current, string field) =>
        current[field] is null && NearestName.Find(field, current.Select(p => p.Key)) is { } near ? $" (did you mean '{near}'?)" : "";

    private (JsonObject Parent, string Key) Locate(JsonObject document)
    {
        JsonObject current = document;
        var walked = "";
        for (var i = 0; i < _segments.Count; i++)
        {
            var (field, selector) = _segments[i];
            walked = walked.Length == 0 ? field : $"{walked}.{field}";
            var last = i == _segments.Count - 1;
            if (selector is null)
            {
                if (last)
                {
                    if (current[field] is not (JsonObject { } or JsonValue))
                    {
                        throw new KeyNotFoundException($"'{Text}': there is no number at '{walked}'{Nearest(current, field)}");
                    }
                    if (current[field] is JsonObject o && o["value"] is not JsonValue)
                    {
                        throw new KeyNotFoundException($"'{Text}': '{walked}' is an object without a value");
                    }
                    if ((current[field] is JsonObject sourced ? sourced["value"] : current[field]) is JsonValue v && v.GetValueKind() != System.Text.Json.JsonValueKind.Number)
                    {
                        throw new KeyNotFoundException($"'{Text}': there is no number at '{walked}' (it holds {v.GetValueKind().ToString().ToLowerInvariant()})");
                    }
                    return (current, field);
                }
                current = current[field] as JsonObject ?? throw new KeyNotFoundException($"'{Text}': there is no object at '{walked}'{Nearest(current, field)}");
                continue;
            }

            var list = current[field] as JsonArray ?? throw new KeyNotFoundException($"'{Text}': there is no list at '{walked}'{Nearest(current, field)}");
            var element = Select(list, selector) ?? throw new KeyNotFoundException(
                (int.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    ? $"'{Text}': '{walked}' has no element at position {selector} (it has {list.Count}, counted from 0 in the merged scenario)"
                    : $"'{Text}': no element of '{walked}' is named '{selector}'") + Known(list));
            walked += $"[{selector}]";
            if (last)
            {
                throw new KeyNotFoundException($"'{Text}': '{walked}' is a list element, not a number; name a field of it");
            }
            current = element;
        }
        throw new KeyNotFoundException($"'{Text}' names nothing");
    }

    private static JsonObject? Select(JsonArray list, string selector)
    {
        if (int.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < list.Count ? list[index] as JsonObject : null;
        }
        return Scenarios.ElementKey.Find(list, selector);
    }

    private static string Known(JsonArray list)
    {
        var keys = list.Select(Scenarios.ElementKey.NameOf).Where(k => k is not null).ToList();
        return keys.Count == 0 ? string.Empty : $" (there are: {string.Join(", ", keys)})";
    }

    private static string Check(string field, string text) =>
        field.Length > 0 && field.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$')
            ? field
            : throw new FormatException($"'{field}' in '{text}' is not a field name");
}
