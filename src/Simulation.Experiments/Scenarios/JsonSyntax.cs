using System.Text.Json;

namespace Simulation.Experiments.Scenarios;

/// <summary>Words a JSON syntax error is reported with, for scenario and experiment files alike.</summary>
internal static class JsonSyntax
{
    /// <summary>Returns the parser's reason without its position, which the caller reports in the file's own terms (a line
    /// or a JSON path).</summary>
    public static string Reason(JsonException e)
    {
        var end = e.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return "not valid JSON: " + (end > 0 ? e.Message[..end] : e.Message);
    }
}
