using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// A JSON Schema embedded in this assembly, whose findings are turned into problems that name the file, the JSON path
/// and what is wrong, in words a scenario author understands.
/// </summary>
public sealed partial class EmbeddedSchema
{
    private readonly Lazy<JsonSchema> _schema;
    private readonly Lazy<JsonNode?> _text;

    /// <summary>Refers to the embedded resource <paramref name="resourceName"/> (loaded on first use).</summary>
    public EmbeddedSchema(string resourceName)
    {
        ResourceName = resourceName;
        _schema = new(() => JsonSchema.FromText(Text));
        _text = new(() => JsonNode.Parse(Text));
    }

    /// <summary>The resource name, which is also the schema's file name in <c>scenarios/</c>.</summary>
    public string ResourceName { get; }

    /// <summary>The schema's text.</summary>
    public string Text
    {
        get
        {
            using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The schema {ResourceName} is not embedded in the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>The fields the schema lets a document have at its top level (its <c>properties</c>).</summary>
    public IReadOnlySet<string> Fields =>
        (_text.Value?["properties"] as JsonObject)?.Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>Returns the problems the schema finds in <paramref name="document"/> (empty when it is valid).</summary>
    public IReadOnlyList<ScenarioProblem> Check(JsonNode document, string file)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        if (OversizedNumbers.Find(parsed.RootElement, file) is { Count: > 0 } oversized)
        {
            return oversized;
        }
        // A valid document (a sweep's point, a calibration's particle: nearly every one checked) is answered by the flag
        // alone, which collects no details; only an invalid one is evaluated again for the details that explain it.
        if (_schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return [];
        }
        var results = _schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = new List<ScenarioProblem>();
        var details = results.Details ?? [];
        foreach (var detail in details)
        {
            var evaluationPath = detail.EvaluationPath.ToString();
            // Failures inside "if" and inside "contains" are how those keywords work, not problems of the file; so are
            // those of an "anyOf" alternative when another alternative fits.
            if (detail.Errors is null || detail.IsValid || evaluationPath.Contains("/if") || evaluationPath.Contains("/contains/")
                || AnyOfAlternatives.AnotherFits(detail, evaluationPath, details))
            {
                continue;
            }
            foreach (var (keyword, message) in detail.Errors)
            {
                if ((evaluationPath.EndsWith("/contains", StringComparison.Ordinal) && keyword != "contains")
                    || AnyOfAlternatives.IsTheOtherType(keyword, detail, evaluationPath, details))
                {
                    continue;
                }
                var path = ToJsonPath(detail.InstanceLocation.ToString());
                var value = detail.InstanceLocation.TryEvaluate(document, out var found) ? found : null;
                var text = keyword switch
                {
                    // A text of white space alone breaks any pattern, and is said so, as an empty one is (minLength), whichever the
                    // pattern (the library's schema locations do not always lead back to it).
                    "pattern" when IsBlank(value) && !evaluationPath.Contains("/propertyNames") => Blank(value),
                    "enum" when Allowed(detail.SchemaLocation) is { } allowed => $"{(value is null ? "the value" : WrittenJson.Of(value))} is not one of {allowed}",
                    // Under propertyNames the form is the field's name's, not its value's.
                    "pattern" when Keyword(detail.SchemaLocation, "pattern") is JsonValue form => evaluationPath.Contains("/propertyNames")
                        ? $"the field name '{path[(path.LastIndexOf('.') + 1)..]}' is not allowed: {NamePatterns.Describe(form.GetValue<string>())}"
                        : $"{(value is null ? "the value" : WrittenJson.Of(value))} is not allowed: {NamePatterns.Describe(form.GetValue<string>())}",
                    // The library's schema location does not always lead back to the pattern (an array's items' properties): the
                    // pattern of a property of this name that the value fails stands in for it.
                    "pattern" when !evaluationPath.Contains("/propertyNames")
                        && (PatternAlong(detail.InstanceLocation.ToString(), value) ?? PatternFailedBy(path, value)) is { } fallback =>
                        $"{(value is null ? "the value" : WrittenJson.Of(value))} is not allowed: {NamePatterns.Describe(fallback)}",
                    // The bound from the schema, or from the library's sentence when its location cannot be followed.
                    "minItems" or "maxItems" when value is JsonArray items && ItemBound(detail.SchemaLocation, keyword, message) is { } bound =>
                        Count(items.Count, bound, keyword == "minItems"),
                    "uniqueItems" when Repeated(value as JsonArray, message) is { } repeated => repeated,
                    "minLength" when Keyword(detail.SchemaLocation, "minLength") is JsonValue least => least.GetValue<int>() == 1
                        ? Blank(value)
                        : $"{(value is null ? "the text" : WrittenJson.Of(value))} is shorter than {least.GetValue<int>()} characters",
                    // A fractional number where a whole one is expected: the value itself says what is wrong.
                    "type" when value is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number
                        && Keyword(detail.SchemaLocation, "type") is JsonValue { } type && type.GetValue<string>() == "integer" =>
                        $"{number.ToJsonString()} is not a whole number; an integer is expected",
                    // A sourced count (a { value, source } whose value must be whole) says so, not "a multiple of 1".
                    "multipleOf" when value is JsonValue count && Keyword(detail.SchemaLocation, "multipleOf") is JsonValue step
                        && step.GetValue<double>() == 1 => $"{count.ToJsonString()} is not a whole number; a whole number is expected",
                    // A list that must hold an element of a given id (the attributes every run reads) names it.
                    "contains" when Keyword(detail.SchemaLocation, "contains")?["properties"]?["id"]?["const"] is JsonValue id =>
                        $"lists no element with id '{id.GetValue<string>()}', which every scenario needs (in a file that extends another, [] empties the list "
                        + "rather than keeping the parent's)",
                    _ => Explain(keyword, message, path, evaluationPath),
                };
                if (!problems.Any(p => p.JsonPath == path && p.Message == text))
                {
                    problems.Add(new ScenarioProblem(file, path, text, keyword switch
                    {
                        "required" => ScenarioProblemKind.MissingFields,
                        "type" => ScenarioProblemKind.TypeMismatch,
                        _ => ScenarioProblemKind.Stated,
                    }));
                }
            }
        }
        if (problems.Count == 0)
        {
            problems.Add(new ScenarioProblem(file, "$", $"the document does not match {ResourceName}"));
        }
        return WithTypesTogether(problems);
    }

    // A text with nothing to read: empty, or white space alone (with the byte-order mark, which shows nothing either).
    private static bool IsBlank(JsonNode? value) =>
        value is JsonValue text && text.TryGetValue<string>(out var written) && written.All(c => char.IsWhiteSpace(c) || c == '\uFEFF');

    // What is wrong with a text that says nothing, in the same words whichever keyword found it.
    private static string Blank(JsonNode? value) =>
        value is JsonValue text && text.TryGetValue<string>(out var written) && written.Length > 0
            ? "is only white space; write what it should say"
            : "is empty; write what it should say";

    // Every type finding at one path becomes one sentence, in the place of the first.
    private static List<ScenarioProblem> WithTypesTogether(List<ScenarioProblem> problems)
    {
        var result = new List<ScenarioProblem>();
        foreach (var problem in problems)
        {
            if (problem.Kind != ScenarioProblemKind.TypeMismatch || TypeMismatch.Read(problem.Message) is not var (found, _))
            {
                result.Add(problem);
            }
            else if (!result.Any(p => p.JsonPath == problem.JsonPath && p.File == problem.File && p.Kind == ScenarioProblemKind.TypeMismatch))
            {
                var expected = problems.Where(p => p.JsonPath == problem.JsonPath && p.File == problem.File)
                    .Select(p => TypeMismatch.Read(p.Message)).OfType<(string Found, string Expected)>().Select(t => t.Expected).ToList();
                result.Add(problem with { Message = TypeMismatch.Explain(found, expected) });
            }
        }
        return result;
    }

    // The values an "enum" at this schema location takes, as the author would write them ("grid", "latinHypercube"), or
    // null when the location cannot be followed in the schema's text.
    private string? Allowed(Uri location) =>
        Keyword(location, "enum") is JsonArray values ? string.Join(", ", values.Select(WrittenJson.Of)) : null;

    // A keyword's value at this schema location (the location may name the keyword itself or the schema holding it), or
    // null when the location cannot be followed in the schema's text.
    private JsonNode? Keyword(Uri location, string keyword)
    {
        var fragment = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        var node = Json.Pointer.JsonPointer.TryParse(fragment, out var pointer) && pointer.TryEvaluate(_text.Value, out var found) ? found : null;
        return node is JsonObject o ? o[keyword] : node;
    }

    // The pattern of the schema's property at an instance's location that the value fails, found by following the schema's
    // properties and items (and its local $refs) along the location; null where that walk does not lead to one (a
    // combinator on the way, say) or the value matches it (the failed pattern is another).
    private string? PatternAlong(string pointer, JsonNode? value)
    {
        if (value is not JsonValue written || !written.TryGetValue<string>(out var text))
        {
            return null;
        }
        var node = Resolved(_text.Value);
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            var isIndex = int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
            node = Resolved(isIndex && node?["items"] is { } items ? items : node?["properties"]?[segment]);
        }
        return node?["pattern"] is JsonValue pattern && pattern.TryGetValue<string>(out var form)
            && !System.Text.RegularExpressions.Regex.IsMatch(text, form, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            ? form : null;
    }

    // A schema node with its local "$ref" followed.
    private JsonNode? Resolved(JsonNode? node)
    {
        for (var hops = 0; hops < 8 && node?["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && target.StartsWith('#'); hops++)
        {
            node = Json.Pointer.JsonPointer.TryParse(Uri.UnescapeDataString(target[1..]), out var at) && at.TryEvaluate(_text.Value, out var found) ? found : null;
        }
        return node;
    }

    // The one pattern the schema gives a property named as the path's last field that the value does not match, or null when
    // there is none or more than one.
    private string? PatternFailedBy(string path, JsonNode? value)
    {
        if (value is not JsonValue text || !text.TryGetValue<string>(out var written))
        {
            return null;
        }
        var field = path[(path.LastIndexOf('.') + 1)..];
        var failed = PropertyPatterns(_text.Value, field).Distinct(StringComparer.Ordinal)
            .Where(p => !System.Text.RegularExpressions.Regex.IsMatch(written, p, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            .ToList();
        return failed.Count == 1 ? failed[0] : null;
    }

    // Every "pattern" of a property called field, anywhere in the schema.
    private static IEnumerable<string> PropertyPatterns(JsonNode? node, string field)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["properties"] is JsonObject properties && properties[field] is JsonObject property && property["pattern"] is JsonValue pattern)
                {
                    yield return pattern.GetValue<string>();
                }
                foreach (var child in o.Select(kv => kv.Value).SelectMany(v => PropertyPatterns(v, field)))
                {
                    yield return child;
                }
                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(v => PropertyPatterns(v, field)))
                {
                    yield return child;
                }
                break;
        }
    }

    private int? ItemBound(Uri location, string keyword, string message)
    {
        if (Keyword(location, keyword) is JsonValue bound && bound.TryGetValue<int>(out var fromSchema))
        {
            return fromSchema;
        }
        var written = System.Text.RegularExpressions.Regex.Match(message, @"(\d+) items?");
        return written.Success && int.TryParse(written.Groups[1].Value, out var fromMessage) ? fromMessage : null;
    }

    // How many items a list has against how many it may have, in words ("lists no items; at least 1 is needed").
    private static string Count(int count, int bound, bool least)
    {
        var has = count == 0 ? "lists no items" : count == 1 ? "lists 1 item" : $"lists {count} items";
        var limit = bound == 1 ? "1 is" : $"{bound} are";
        return least ? $"{has}; at least {limit} needed" : $"{has}; at most {limit} allowed";
    }

    // The sentence says which value repeats, where the library names only the positions of the items that are the same.
    private static string? Repeated(JsonArray? items, string message)
    {
        var pair = System.Text.RegularExpressions.Regex.Match(message, @"\((\d+),\s*(\d+)\)");
        if (items is null || !pair.Success || !int.TryParse(pair.Groups[1].Value, out var first) || first >= items.Count)
        {
            return null;
        }
        return $"lists {WrittenJson.Of(items[first])} twice (items {first} and {pair.Groups[2].Value}, counting from 0); each may appear once";
    }

    /// <summary>Converts a JSON Pointer (<c>/regimes/1/tilt</c>) to a JSON path (<c>$.regimes[1].tilt</c>).</summary>
    public static string ToJsonPath(string pointer)
    {
        var path = "$";
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            path += int.TryParse(segment, out var index) ? $"[{index}]" : $".{segment}";
        }
        return path;
    }

    private static string Explain(string keyword, string message, string path, string evaluationPath)
    {
        if (evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal) && (keyword == "false" || message.Contains("false schema")))
        {
            var field = path[(path.LastIndexOf('.') + 1)..];
            return $"unknown field '{field}' (check the spelling)";
        }
        return keyword switch
        {
            "required" => message.Replace("Required properties", "missing required field(s)").Replace(" are not present", string.Empty).Replace(" is not present", string.Empty),
            // A weight of a call's points (40 of 100) rather than of score units: the scale is said, not only the bound.
            "maximum" when CriterionWeight().IsMatch(path) => $"{message} (a weight is in score units per standard deviation of its signal, "
                + "not points of a call: the baseline's run from 0.1 to 1, a project's whole 100-point call about 2; docs/scenario-format.md)",
            _ => message,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(criteria|tilt|selection|allocation)\[[^\]]+\]\.weight(\.value)?$")]
    private static partial System.Text.RegularExpressions.Regex CriterionWeight();
}
