namespace Simulation.Output.Sweeps;

/// <summary>A factor as a sweep folder's manifest records it: whoever holds only the folder (an analysis kit) bins a
/// space-filling design's points over the factor's declared range, as regsim's main-effect plots do, not over the range
/// its points happen to cover.</summary>
/// <param name="Name">The factor's column in <c>sweep.csv</c>.</param>
/// <param name="Parameter">The scenario number it sets (a parameter path).</param>
/// <param name="Min">Lowest value of its range.</param>
/// <param name="Max">Highest value of its range.</param>
/// <param name="Source">Why the factor has its range, as the experiment file says; null, and not written, when not given.</param>
public sealed record SweepFactor(string Name, string Parameter, double Min, double Max,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Source = null);
