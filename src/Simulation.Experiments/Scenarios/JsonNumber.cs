using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Reads a JSON number as the type the model needs without throwing. A schema's <c>integer</c> admits <c>2007.0</c>,
/// <c>1e3</c> and <c>-1e308</c>, and a parser admits <c>1e400</c>; <c>GetValue&lt;int&gt;()</c> and
/// <c>GetValue&lt;double&gt;()</c> answer those with an exception and a stack trace. Here each case becomes a sentence
/// that the loaders report with the file and the JSON path.
/// </summary>
internal static class JsonNumber
{
    /// <summary>Reads a finite number; returns null, or what is wrong with <paramref name="node"/>.</summary>
    public static string? TryRead(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue number || number.GetValueKind() != JsonValueKind.Number)
        {
            return $"expected a number, found {Describe(node)}";
        }
        if (number.TryGetValue(out value) && double.IsFinite(value))
        {
            return null;
        }
        var text = number.TryGetValue(out value) ? value.ToString("R", CultureInfo.InvariantCulture) : number.ToJsonString();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return null;
        }
        value = 0;
        return $"{text} is not a finite number";
    }

    /// <summary>Reads a whole number in [<paramref name="min"/>, <paramref name="max"/>]; returns null, or what is wrong.</summary>
    public static string? TryRead(JsonNode? node, long min, long max, out long value)
    {
        value = 0;
        if (node is JsonValue exact && exact.GetValueKind() == JsonValueKind.Number && exact.TryGetValue(out long whole))
        {
            return Within(whole, min, max, out value);
        }
        if (TryRead(node, out var real) is { } problem)
        {
            return problem;
        }
        // 2^63 as a double; every double below it and at or above -2^63 converts to a long exactly when it is whole.
        const double TwoToThe63 = 9223372036854775808.0;
        if (Math.Floor(real) != real || real < -TwoToThe63 || real >= TwoToThe63)
        {
            return $"{Text(node!)} is not a whole number from {min} to {max}";
        }
        return Within((long)real, min, max, out value);
    }

    /// <summary>Reads a whole number that fits an <see cref="int"/> (2007.0 included), adding what is wrong, at
    /// <paramref name="path"/> of <paramref name="file"/>, to <paramref name="problems"/>; 0 then.</summary>
    public static int Whole(JsonNode? node, string file, string path, List<ScenarioProblem> problems)
    {
        if (TryRead(node, int.MinValue, int.MaxValue, out var value) is { } problem)
        {
            problems.Add(new ScenarioProblem(file, path, problem));
            return 0;
        }
        return (int)value;
    }

    private static string? Within(long whole, long min, long max, out long value)
    {
        value = whole;
        if (whole >= min && whole <= max)
        {
            return null;
        }
        value = 0;
        return $"{whole} is not a whole number from {min} to {max}";
    }

    private static string Text(JsonNode node) =>
        node is JsonValue v && v.TryGetValue(out double d) ? d.ToString("R", CultureInfo.InvariantCulture) : node.ToJsonString();

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null or nothing",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => v.GetValueKind().ToString().ToLowerInvariant(),
        },
        _ => "something else",
    };
}
