using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Which file of an <c>extends</c> chain a problem found in the merged scenario lies in: the nearest file, from the
/// requested one up, whose own text has a value at the problem's path (list elements named by their key, as
/// <see cref="KeyedPaths"/> writes them). A bad region id that a parent file wrote is then reported against that parent,
/// not against the what-if that merely extends it; a problem no single file holds keeps the whole chain as its file.
/// </summary>
internal static partial class ProblemOrigin
{
    /// <summary>Returns <paramref name="problem"/> with its file set to the nearest file of the chain that holds its path, or
    /// unchanged when none does.</summary>
    /// <param name="problem">A problem whose path is keyed (<see cref="KeyedPaths.Rewrite(string, JsonNode)"/>).</param>
    /// <param name="files">The files of the chain, the requested one first.</param>
    /// <param name="owns">Each file's own document, in the same order.</param>
    public static ScenarioProblem Locate(ScenarioProblem problem, IReadOnlyList<ScenarioFile> files, IReadOnlyList<JsonObject> owns)
    {
        var steps = Steps(problem.JsonPath);
        if (steps is null or [])
        {
            return problem; // the document as a whole (a required field missing at the top) is the chain's
        }
        for (var i = 0; i < owns.Count && i < files.Count; i++)
        {
            if (Resolves(owns[i], steps))
            {
                // A parent's value is wrong as the requested file sees it (a reference it breaks, a value it left out): say both.
                return problem with { File = i == 0 ? files[0].Path : $"{files[i].Path} (as {files[0].Path} extends it)" };
            }
        }
        return problem;
    }

    // The path's steps: a field name, or a list element by key or position; null when the path is not of that form.
    private static List<string>? Steps(string path)
    {
        var match = StepPattern().Match(path);
        return match.Success ? [.. match.Groups["step"].Captures.Select(c => c.Value)] : null;
    }

    private static bool Resolves(JsonNode? node, List<string> steps)
    {
        foreach (var step in steps)
        {
            node = (node, step[0]) switch
            {
                (JsonObject o, '.') => o[step[1..]],
                (JsonArray a, '[') => Element(a, step[1..^1]),
                _ => null,
            };
            if (node is null)
            {
                return false;
            }
        }
        return true;
    }

    // An element by its key in a keyed list, or by its position in a list without keys (which a file gives whole).
    private static JsonNode? Element(JsonArray list, string name) =>
        ElementKey.CommonTo(list) is not null
            ? ElementKey.Find(list, name)
            : int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < list.Count ? list[i] : null;

    [GeneratedRegex(@"^\$(?<step>\.[A-Za-z0-9_$-]+|\[[^\]]+\])*$")]
    private static partial Regex StepPattern();
}
