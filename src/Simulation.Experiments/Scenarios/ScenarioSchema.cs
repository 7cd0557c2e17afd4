using System.Text.Json.Nodes;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// The JSON Schema of scenario files (<c>scenarios/scenario.schema.json</c>, embedded at build time).
/// </summary>
public static class ScenarioSchema
{
    private static readonly EmbeddedSchema Schema = new("scenario.schema.json");

    /// <summary>Returns the schema's text, for tools that want to show it.</summary>
    public static string Text => Schema.Text;

    /// <summary>The fields a scenario may have at its top level.</summary>
    internal static IReadOnlySet<string> Fields => Schema.Fields;

    /// <summary>Returns the problems the schema finds in <paramref name="document"/> (empty when it is valid).</summary>
    public static IReadOnlyList<ScenarioProblem> Check(JsonNode document, string file) => Schema.Check(document, file);

    /// <summary>Converts a JSON Pointer (<c>/regimes/1/tilt</c>) to a JSON path (<c>$.regimes[1].tilt</c>).</summary>
    public static string ToJsonPath(string pointer) => EmbeddedSchema.ToJsonPath(pointer);
}
