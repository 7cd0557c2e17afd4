namespace Simulation.Experiments.Benchmarks;

/// <summary>One figure measured by <c>regsim bench</c>: a row of its table and of its CSV file.</summary>
/// <param name="Measure">Machine-readable name (snake case): <c>replications_per_second</c>, <c>parallel_efficiency</c>,
/// <c>design_points_per_second</c>, <c>peak_working_set</c> or <c>wall_time</c>.</param>
/// <param name="Label">What the table shows.</param>
/// <param name="Replications">Replications per run measured (per design point for design points).</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit.</param>
public sealed record BenchMeasurement(string Measure, string Label, long Replications, int Threads, double Value, MeasurementUnit Unit);
