using System.Text.Json;

namespace Simulation.Experiments.Scenarios;

/// <summary>Words a JSON syntax error is reported with, for scenario and experiment files alike.</summary>
internal static class JsonSyntax
{
    /// <summary>Returns the parser's reason as it gives it; the caller adds the position in the file's own terms (a line or a
    /// JSON path), read from the exception's typed members rather than from its text.</summary>
    public static string Reason(JsonException e) => "not valid JSON: " + e.Message;
}
