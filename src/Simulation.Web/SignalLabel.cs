using System.Text.Json.Nodes;

namespace Simulation.Web;

/// <summary>
/// A tilt slider's label in a teacher's words: what the regime weighs, said for the built-in signals and taken from an
/// index's own description, rather than the identifier a scenario uses (<c>jointBid</c>).
/// </summary>
internal static class SignalLabel
{
    // The signals every scenario has, in words (their names are the model's: BuiltInSignals).
    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["effort"] = "the effort a region spends on its bid",
        ["capacity"] = "a region's capacity",
        ["alignment"] = "political alignment with the government",
        ["capitalRegion"] = "being in the Capital Region",
        ["jointBid"] = "bidding jointly with other regions",
    };

    /// <summary>Returns "Weight on …" for <paramref name="signal"/> as <paramref name="document"/> describes it: a built-in
    /// signal in words, an index by its description, an attribute by its id and unit; the id itself when nothing describes it.</summary>
    public static string Of(JsonObject document, string signal)
    {
        if (BuiltIn.TryGetValue(signal, out var words))
        {
            return $"Weight on {words}";
        }
        var index = (document["indices"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(i => i["id"]?.GetValue<string>() == signal);
        if (index?["description"]?.GetValue<string>() is { Length: > 0 } description)
        {
            return $"Weight on {signal} ({description})";
        }
        var attribute = (document["attributes"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(a => a["id"]?.GetValue<string>() == signal);
        return attribute?["unit"]?.GetValue<string>() is { Length: > 0 } unit ? $"Weight on {signal} ({unit})" : $"Weight on {signal}";
    }
}
