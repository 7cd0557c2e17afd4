using System.Text.Json.Nodes;

namespace Simulation.Tests.Shared;

/// <summary>Strips every <c>prior</c> from a scenario document: the baseline marks its uncertain values, so a test that
/// needs a scenario with nothing to calibrate makes one from it.</summary>
internal static class PriorFree
{
    /// <summary>Removes every <c>prior</c> object under <paramref name="node"/>, in place.</summary>
    public static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("prior");
                foreach (var (_, child) in o)
                {
                    Strip(child);
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child);
                }
                break;
        }
    }
}
