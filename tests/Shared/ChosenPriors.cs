using System.Text.Json.Nodes;

namespace Simulation.Tests.Shared;

/// <summary>A scenario document with only the priors a test chooses: the baseline's own are stripped (<see cref="PriorFree"/>),
/// then each named sourced number gets the test's prior, so a screening has a few factors whose effects the test knows.</summary>
internal static class ChosenPriors
{
    /// <summary>Returns a uniform prior on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static JsonObject Uniform(double min, double max) => new() { ["distribution"] = "uniform", ["min"] = min, ["max"] = max };

    /// <summary>Returns a normal prior with the given mean and sd, truncated to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static JsonObject Normal(double mean, double sd, double min, double max) =>
        new() { ["distribution"] = "normal", ["mean"] = mean, ["sd"] = sd, ["min"] = min, ["max"] = max };

    /// <summary>Returns a copy of <paramref name="document"/> whose only priors are <paramref name="priors"/>, each on the number
    /// its path names (<c>regions[gyeongbuk].values.fiscalSelfReliance</c>: list elements by id or signal, or by position for
    /// those with neither, such as an index's components); a plain number becomes a sourced one to carry its prior.</summary>
    public static JsonObject Only(JsonObject document, params (string Path, JsonObject Prior)[] priors)
    {
        var copy = (JsonObject)document.DeepClone();
        PriorFree.Strip(copy);
        foreach (var (path, prior) in priors)
        {
            var (parent, key) = ((JsonNode)copy, (string?)null);
            var node = (JsonNode)copy;
            foreach (var part in path.Split('.'))
            {
                var open = part.IndexOf('[');
                (parent, key) = (node, part);
                node = open < 0 ? node[part]! : Element(node[part[..open]]!.AsArray(), part[(open + 1)..^1]);
            }
            if (node is JsonObject sourced)
            {
                sourced["prior"] = prior;
            }
            else
            {
                parent[key!] = new JsonObject { ["value"] = node.GetValue<double>(), ["source"] = "assumption", ["prior"] = prior };
            }
        }
        return copy;
    }

    private static JsonNode Element(JsonArray list, string selector) =>
        list.SingleOrDefault(e => (string?)(e!["id"] ?? e["signal"]) == selector) ?? list[int.Parse(selector, System.Globalization.CultureInfo.InvariantCulture)]!;
}
