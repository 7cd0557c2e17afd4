using System.Text.Json;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Finds numbers too large for a <see cref="decimal"/> (beyond about ±7.9e28, such as 1e308 or 1e400) before the schema
/// sees them: the schema library compares numbers as decimals for <c>uniqueItems</c>, <c>const</c> and <c>enum</c>, and
/// throws a <see cref="FormatException"/> on such a number. No field of a scenario or an experiment takes one (the largest,
/// a seed, stays below 2^63), so each is reported as the file's problem, by path.
/// </summary>
internal static class OversizedNumbers
{
    /// <summary>Returns a problem for every number in <paramref name="root"/> that a decimal cannot hold.</summary>
    public static List<ScenarioProblem> Find(JsonElement root, string file)
    {
        var problems = new List<ScenarioProblem>();
        Walk(root, "$", file, problems);
        return problems;
    }

    private static void Walk(JsonElement element, string path, string file, List<ScenarioProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}.{property.Name}", file, problems);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", file, problems);
                }
                break;
            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                problems.Add(new ScenarioProblem(file, path, $"{element.GetRawText()} is too large for any field (numbers here stay within ±10^12, seeds below 2^63)"));
                break;
        }
    }
}
