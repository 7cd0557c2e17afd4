namespace Simulation.Experiments.Benchmarks;

/// <summary>One figure measured by <c>regsim bench</c>: a row of its table and of its CSV file. A figure measured several
/// times carries its spread, because on a shared machine one version's figures differ from run to run by more than two
/// versions do, and only the spread says whether a difference means anything.</summary>
/// <param name="Measure">Machine-readable name (snake case): <c>replications_per_second</c>, <c>parallel_efficiency</c>,
/// <c>independent_replications_per_second</c>, <c>machine_scaling</c>, <c>efficiency_against_independent_runs</c>,
/// <c>design_points_per_second</c>, <c>calibration_particles_per_second</c>, <c>peak_working_set</c> or <c>wall_time</c>.</param>
/// <param name="Label">What the table shows.</param>
/// <param name="Replications">Replications per run measured (per design point for design points, per particle for particles).</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="Value">The figure: the median of the runs.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Runs">How many runs the figure is the median of.</param>
/// <param name="Low">The lowest of the runs' figures.</param>
/// <param name="High">The highest of the runs' figures.</param>
public sealed record BenchMeasurement(string Measure, string Label, long Replications, int Threads, double Value, MeasurementUnit Unit, int Runs,
    double Low, double High)
{
    /// <summary>A figure measured once.</summary>
    public static BenchMeasurement Once(string measure, string label, long replications, int threads, double value, MeasurementUnit unit) =>
        new(measure, label, replications, threads, value, unit, 1, value, value);

    /// <summary>The median of several runs' figures, with their lowest and highest.</summary>
    public static BenchMeasurement Of(string measure, string label, long replications, int threads, IReadOnlyCollection<double> runs, MeasurementUnit unit) =>
        new(measure, label, replications, threads, SpeedBenchmark.Median(runs), unit, runs.Count, runs.Min(), runs.Max());
}
