using System.Diagnostics;
using Simulation.Core;

namespace Simulation.Experiments.Benchmarks;

/// <summary>
/// Measures how fast a scenario's Monte Carlo runs in this process: replications per second at one thread and at all cores
/// (the median of <see cref="Repeats"/> runs, aggregation included, no files), the parallel efficiency, and design points per
/// second (runs of <see cref="ReplicationsPerDesignPoint"/> replications, as a sweep makes). Medians, because one slow run
/// on a shared machine says nothing about the code.
/// </summary>
public static class SpeedBenchmark
{
    /// <summary>Replications in each design point of the design-point measurement.</summary>
    public const int ReplicationsPerDesignPoint = 200;

    /// <summary>Runs per speed measurement; the median is reported.</summary>
    public const int Repeats = 3;

    /// <summary>Returns the four speed figures of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario measured.</param>
    /// <param name="replications">Replications per rate measurement.</param>
    /// <param name="designPoints">Design points per design-point measurement.</param>
    /// <param name="cores">Threads of the all-cores measurements.</param>
    /// <param name="cancellationToken">Stops between runs.</param>
    public static IReadOnlyList<BenchMeasurement> Measure(Scenario scenario, int replications, int designPoints, int cores, CancellationToken cancellationToken)
    {
        // Warm-up for a second, so that no measured run pays for compiling the model (the JIT recompiles hot methods with
        // full optimisation only after they have run for a while).
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            MonteCarlo.Run(scenario, new RunOptions(Math.Min(replications, 500), scenario.Seed, 1), null, null, cancellationToken);
            MonteCarlo.Run(scenario, new RunOptions(Math.Min(replications, 500), scenario.Seed, cores), null, null, cancellationToken);
        }

        double Rate(int threads)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            MonteCarlo.Run(scenario, new RunOptions(replications, scenario.Seed, threads), null, null, cancellationToken);
            return replications / clock.Elapsed.TotalSeconds;
        }

        double DesignPointRate()
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            for (var point = 0; point < designPoints; point++)
            {
                MonteCarlo.Run(scenario, new RunOptions(ReplicationsPerDesignPoint, scenario.Seed + (ulong)point, cores), null, null, cancellationToken);
            }
            return designPoints / clock.Elapsed.TotalSeconds;
        }

        var one = Median(Enumerable.Range(0, Repeats).Select(_ => Rate(1)));
        var all = Median(Enumerable.Range(0, Repeats).Select(_ => Rate(cores)));
        var points = Median(Enumerable.Range(0, Repeats).Select(_ => DesignPointRate()));
        return
        [
            new("replications_per_second", "replications/s, 1 thread", replications, 1, one, MeasurementUnit.ReplicationsPerSecond),
            new("replications_per_second", $"replications/s, {cores} threads (all cores)", replications, cores, all, MeasurementUnit.ReplicationsPerSecond),
            new("parallel_efficiency", "parallel efficiency (rate at all cores ÷ rate at 1 thread ÷ cores)", replications, cores, all / one / cores, MeasurementUnit.Ratio),
            new("design_points_per_second", $"design points/s ({ReplicationsPerDesignPoint} replications each)", ReplicationsPerDesignPoint, cores, points,
                MeasurementUnit.PointsPerSecond),
        ];
    }

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
