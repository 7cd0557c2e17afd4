namespace Simulation.Application.Evaluation;

/// <summary>One parameter point as an exploration tool sends it, one JSON object per line.</summary>
/// <param name="Id">The caller's name for the point, echoed back; optional.</param>
/// <param name="Parameters">Scenario numbers to set, by the paths experiment factors use
/// (<c>regimes[lee].tilt[equity].weight</c>); an empty or absent object runs the scenario as it is.</param>
/// <param name="Seed">Master seed of the point's replications; absent: derived from the scenario's seed and the line number.</param>
/// <param name="Replications">Replications; absent: the command's default.</param>
public sealed record PointRequest(string? Id, Dictionary<string, double>? Parameters, ulong? Seed, int? Replications);
