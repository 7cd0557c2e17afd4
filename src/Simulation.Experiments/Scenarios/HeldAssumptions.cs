using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The numbers a scenario sources as an assumption but gives no prior. A screening or calibration of its priors holds them
/// at their values, so its reader must be told how many it leaves out: in the baseline they include every regime tilt and
/// criterion weight, which decide the competitions.
/// </summary>
public static class HeldAssumptions
{
    /// <summary>Returns how many sourced numbers of <paramref name="document"/> (a merged scenario) have a source that says
    /// "assumption" and no <c>prior</c>: numbers with their own source, and an index's component weights written as plain
    /// numbers, whose source is the index's.</summary>
    public static int Count(JsonNode? document) => document switch
    {
        JsonObject sourced when IsSourcedNumber(sourced) => IsHeldAssumption(sourced) ? 1 : 0,
        JsonObject o => InheritedWeights(o) + o.Sum(p => Count(p.Value)),
        JsonArray a => a.Sum(Count),
        _ => 0,
    };

    // An index whose source says assumption: its component weights written as plain numbers carry that source and no prior.
    private static int InheritedWeights(JsonObject o) =>
        o["components"] is JsonArray components && o["source"] is JsonValue source && source.TryGetValue<string>(out var text)
            && text.Contains("assumption", StringComparison.OrdinalIgnoreCase)
            ? components.OfType<JsonObject>().Count(c => c["weight"] is JsonValue w && w.TryGetValue<double>(out _))
            : 0;

    private static bool IsSourcedNumber(JsonObject o) =>
        o["value"] is JsonValue v && v.TryGetValue<double>(out _) && o["source"] is JsonValue s && s.TryGetValue<string>(out _);

    private static bool IsHeldAssumption(JsonObject o) =>
        o["prior"] is null && o["source"]!.GetValue<string>().Contains("assumption", StringComparison.OrdinalIgnoreCase);
}
