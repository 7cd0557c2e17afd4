using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>The first place where two JSON values differ, for tests that compare a document with what a script printed of
/// it: numbers by value, exactly (a whole number digit by digit, so a seed past 2^53 rounded is caught), not by text.</summary>
internal static class JsonDifference
{
    /// <summary>Returns where <paramref name="actual"/> first differs from <paramref name="expected"/>, or "" when they agree.</summary>
    public static string Between(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: {expected.ValueKind} expected, {actual.ValueKind} printed ({actual.GetRawText()})";
        }
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).ToList();
                var printed = actual.EnumerateObject().Select(p => p.Name).ToList();
                if (!names.SequenceEqual(printed))
                {
                    return $"{path}: properties [{string.Join(", ", names)}] expected, [{string.Join(", ", printed)}] printed";
                }
                return names.Select(n => Between(expected.GetProperty(n), actual.GetProperty(n), $"{path}.{n}")).FirstOrDefault(d => d != "") ?? "";
            case JsonValueKind.Array:
                var a = expected.EnumerateArray().ToList();
                var b = actual.EnumerateArray().ToList();
                return a.Count != b.Count
                    ? $"{path}: {a.Count} elements expected, {b.Count} printed"
                    : a.Zip(b).Select((pair, i) => Between(pair.First, pair.Second, $"{path}[{i}]")).FirstOrDefault(d => d != "") ?? "";
            case JsonValueKind.Number:
                var same = expected.TryGetInt64(out var i) && actual.TryGetInt64(out var j) ? i == j : expected.GetDouble() == actual.GetDouble();
                return same ? "" : $"{path}: {expected.GetRawText()} expected, {actual.GetRawText()} printed";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? "" : $"{path}: \"{expected.GetString()}\" expected, \"{actual.GetString()}\" printed";
            default:
                return "";
        }
    }
}
