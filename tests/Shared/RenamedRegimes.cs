using System.Text.Json.Nodes;

namespace Simulation.Tests.Shared;

/// <summary>
/// The baseline with its regimes renamed, as a user's copy would be: every "roh"/"lee" id becomes "alpha"/"beta" (in the
/// parameter paths an <c>inSample</c> names too, <c>regimes[lee]</c> becoming <c>regimes[beta]</c>), every
/// "Roh"/"Lee" in its text becomes "Alpha"/"Beta" (descriptions, sources, attribute ids), and the regimes are named
/// <see cref="AlphaName"/> and <see cref="BetaName"/>. Whatever Roh or Lee an output still shows then comes from code.
/// </summary>
internal static class RenamedRegimes
{
    public const string AlphaName = "Alpha regime";

    public const string BetaName = "Beta regime";

    /// <summary>Returns the renamed document of the baseline whose text is <paramref name="baselineJson"/>.</summary>
    public static JsonObject Document(string baselineJson)
    {
        var text = baselineJson
            .Replace("\"roh\"", "\"alpha\"", StringComparison.Ordinal)
            .Replace("\"lee\"", "\"beta\"", StringComparison.Ordinal)
            .Replace("[roh]", "[alpha]", StringComparison.Ordinal)
            .Replace("[lee]", "[beta]", StringComparison.Ordinal)
            .Replace("Roh", "Alpha", StringComparison.Ordinal)
            .Replace("Lee", "Beta", StringComparison.Ordinal);
        var document = JsonNode.Parse(text)!.AsObject();
        foreach (var regime in document["regimes"]!.AsArray().Select(r => r!.AsObject()))
        {
            regime["name"] = (string)regime["id"]! == "alpha" ? AlphaName : BetaName;
        }
        return document;
    }
}
