using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Simulation.Tests.Shared;

/// <summary>
/// Generates malformed variants of a valid document: one to three <see cref="JsonMutation"/>s, most of them on numbers
/// (wrong types, ±1e308, 1e-308, -0, 1e400, non-integers, values just outside the ranges), the rest removing nodes or
/// repeating list elements anywhere. What the loaders must do with any of them: load it, or reject it with a
/// <c>ScenarioException</c> naming the file and a JSON path.
/// </summary>
internal static class JsonMutants
{
    /// <summary>Numbers that break a type, a range or a conversion somewhere in a scenario or an experiment.</summary>
    public static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1e-308", "-1e-308", "5e-324", "-0", "-0.0", "0", "-1", "0.5", "2.5", "1e3", "2007.0", "1899", "2201",
        "1e12", "1e13", "-1e13", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "18446744073709551616", "1e400", "-1e400",
    ];

    /// <summary>Values of the wrong type wherever a number (or anything else) is expected.</summary>
    public static readonly string[] WrongTypes = ["\"text\"", "\"\"", "\"1\"", "true", "false", "null", "[]", "[1]", "{}", "{\"value\": 1}"];

    /// <summary>Returns a generator of one to three changes to <paramref name="document"/>.</summary>
    public static Gen<JsonMutation[]> For(JsonNode document)
    {
        var all = new List<(IReadOnlyList<object> Location, JsonNode? Node)>();
        Walk(document, [], all);
        var numbers = all.Where(n => n.Node is JsonValue v && v.GetValueKind() == JsonValueKind.Number).Select(n => n.Location).ToArray();
        var elements = all.Where(n => n.Location[^1] is int).Select(n => n.Location).ToArray();
        var everywhere = all.Select(n => n.Location).ToArray();

        var number = Gen.Select(Gen.Int[0, numbers.Length - 1], Gen.Int[0, Numbers.Length - 1],
            (l, v) => new JsonMutation(numbers[l], MutationKind.Replace, Numbers[v]));
        var wrongTypeForNumber = Gen.Select(Gen.Int[0, numbers.Length - 1], Gen.Int[0, WrongTypes.Length - 1],
            (l, v) => new JsonMutation(numbers[l], MutationKind.Replace, WrongTypes[v]));
        var wrongType = Gen.Select(Gen.Int[0, everywhere.Length - 1], Gen.Int[0, WrongTypes.Length - 1],
            (l, v) => new JsonMutation(everywhere[l], MutationKind.Replace, WrongTypes[v]));
        var remove = Gen.Int[0, everywhere.Length - 1].Select(l => new JsonMutation(everywhere[l], MutationKind.Remove));
        var duplicate = Gen.Int[0, elements.Length - 1].Select(l => new JsonMutation(elements[l], MutationKind.Duplicate));
        var one = Gen.Frequency((5, number), (2, wrongTypeForNumber), (2, wrongType), (2, remove), (1, duplicate));
        return one.Array[1, 3];
    }

    /// <summary>Returns <paramref name="document"/> with <paramref name="mutations"/> applied to a copy.</summary>
    public static JsonNode Apply(JsonNode document, IEnumerable<JsonMutation> mutations)
    {
        var copy = document.DeepClone();
        foreach (var mutation in mutations)
        {
            mutation.ApplyTo(copy);
        }
        return copy;
    }

    /// <summary>Describes a mutant for the report of a failing case.</summary>
    public static string Describe(JsonMutation[] mutations) => string.Join("; ", mutations.Select(m => m.ToString()));

    private static void Walk(JsonNode? node, List<object> location, List<(IReadOnlyList<object>, JsonNode?)> found)
    {
        if (location.Count > 0)
        {
            found.Add((location.ToArray(), node));
        }
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    Walk(child, [.. location, key], found);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], [.. location, i], found);
                }
                break;
        }
    }
}
