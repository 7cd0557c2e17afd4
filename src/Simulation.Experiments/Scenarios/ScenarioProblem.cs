namespace Simulation.Experiments.Scenarios;

/// <summary>One thing wrong with a scenario file, located precisely enough to fix it.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="JsonPath">Where in the file, for example <c>$.regimes[1].tilt[0].weight.value</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Kind">What kind of problem it is, for code that acts on the kind.</param>
public sealed record ScenarioProblem(string File, string JsonPath, string Message, ScenarioProblemKind Kind = ScenarioProblemKind.Stated)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {JsonPath}: {Message}";
}
