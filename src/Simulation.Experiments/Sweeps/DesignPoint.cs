namespace Simulation.Experiments.Sweeps;

/// <summary>One point of an experiment's design: its position, its factor values and the seed of its random streams.</summary>
/// <param name="Index">Position in the design (0-based), which fixes its shard.</param>
/// <param name="Values">Factor values, in the experiment's factor order.</param>
/// <param name="Seed">Master seed of the point's replications.</param>
public sealed record DesignPoint(int Index, IReadOnlyList<double> Values, ulong Seed);
