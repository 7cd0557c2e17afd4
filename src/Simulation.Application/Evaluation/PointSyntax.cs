using System.Text.Json;

namespace Simulation.Application.Evaluation;

/// <summary>
/// Says what is wrong with a line that does not read as a parameter point, field by field in the protocol's own terms
/// ("must be a whole number from 1 to 10^8"), rather than the serializer's, which names .NET types.
/// </summary>
internal static class PointSyntax
{
    private const string Fields = "id, parameters, seed and replications";

    /// <summary>Returns the field at fault (<c>line</c> for the line as a whole) and what is wrong with it.</summary>
    public static (string Field, string Message) Explain(JsonException e, string line)
    {
        var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "line" : e.Path.TrimStart('$', '.');
        // A path with dots is a key in brackets to the serializer ($.parameters['behaviour.damping']); the protocol's answers
        // name a parameter as parameters.PATH.
        if (field.StartsWith("parameters['", StringComparison.Ordinal) && field.EndsWith("']", StringComparison.Ordinal))
        {
            field = $"parameters.{field["parameters['".Length..^2]}";
        }
        if (e.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return (field, $"is not a field of a parameter point (the fields are {Fields})");
        }
        if (e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return (field, "is given twice");
        }
        if (!IsJson(line))
        {
            return ("line", "is not JSON; send one object a line, such as {\"id\": \"p1\", \"parameters\": {\"PATH\": 0.5}}");
        }
        var message = field switch
        {
            "replications" => "must be a whole number from 1 to 10^8",
            "seed" => "must be a whole number from 0 to 2^63 − 1",
            "id" => "must be text",
            "parameters" => "must be an object of paths and numbers, such as {\"regimes[lee].tilt[equity].weight\": 0.5}",
            "line" => $"must be an object with the fields {Fields}",
            _ when field.StartsWith("parameters.", StringComparison.Ordinal) => "must be a number",
            _ => $"is not valid in a parameter point (the fields are {Fields})",
        };
        return (field, message);
    }

    private static bool IsJson(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
