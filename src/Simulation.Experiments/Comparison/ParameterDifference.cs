namespace Simulation.Experiments.Comparison;

/// <summary>A scenario parameter whose value differs between the two compared scenarios.</summary>
/// <param name="Path">Where, in parameter-path form (for example <c>regimes[lee].tilt[equity].weight</c>).</param>
/// <param name="A">Its value in scenario A (empty when A lacks it).</param>
/// <param name="B">Its value in scenario B (empty when B lacks it).</param>
public sealed record ParameterDifference(string Path, string A, string B);
