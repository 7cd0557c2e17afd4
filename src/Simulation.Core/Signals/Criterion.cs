namespace Simulation.Core.Signals;

/// <summary>One weighted term of a score: a project's criterion, a regime's tilt or an allocation rule.</summary>
/// <param name="Signal">The quantity weighed.</param>
/// <param name="Weight">Its weight (0 ≤ w ≤ 10).</param>
public sealed record Criterion(Signal Signal, double Weight);
