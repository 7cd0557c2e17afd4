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

    /// <summary>Returns a copy of <paramref name="document"/> whose only priors are <paramref name="priors"/>, each on the sourced
    /// number its path names (<c>regions[gyeongbuk].values.fiscalSelfReliance</c>: list elements by id or signal).</summary>
    public static JsonObject Only(JsonObject document, params (string Path, JsonObject Prior)[] priors)
    {
        var copy = (JsonObject)document.DeepClone();
        PriorFree.Strip(copy);
        foreach (var (path, prior) in priors)
        {
            JsonNode node = copy;
            foreach (var part in path.Split('.'))
            {
                var open = part.IndexOf('[');
                node = open < 0
                    ? node[part]!
                    : node[part[..open]]!.AsArray().Single(e => (string?)(e!["id"] ?? e["signal"]) == part[(open + 1)..^1])!;
            }
            node.AsObject()["prior"] = prior;
        }
        return copy;
    }
}
