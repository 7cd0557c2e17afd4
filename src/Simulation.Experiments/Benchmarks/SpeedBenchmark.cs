using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Benchmarks;

/// <summary>
/// Measures how fast a scenario's Monte Carlo runs in this process: replications per second at one thread and at all cores
/// (aggregation included, no files), the parallel efficiency, and design points per second (each point's scenario read,
/// <see cref="ReplicationsPerDesignPoint"/> replications run and its rows computed, as <see cref="Sweep"/> makes them).
/// Each figure is the median of several runs, with their range, because one slow run on a shared machine says nothing
/// about the code; the one-thread and all-cores runs alternate, and the efficiency is the median of each pair's ratio, so
/// that a machine whose speed drifts over minutes does not slow one side more than the other. Beside them run as many
/// independent one-thread runs as there are cores, at once: nothing shared, nothing handed on in order, so their combined
/// rate over the one-thread rate is the most a parallel run could gain on this machine (cores that share a physical core
/// or a busy host give less than one each), against which the parallel run's own efficiency is read.
/// </summary>
public static class SpeedBenchmark
{
    /// <summary>The measure of the one ratio of rates that does not divide by the 1-thread rate, so it may exceed 1 on a
    /// quiet machine.</summary>
    public const string EfficiencyAgainstIndependentRuns = "efficiency_against_independent_runs";

    /// <summary>Replications in each design point of the design-point measurement.</summary>
    public const int ReplicationsPerDesignPoint = 200;

    /// <summary>Runs per figure unless asked otherwise; the median is reported.</summary>
    public const int DefaultRuns = 3;

    /// <summary>Returns the seven speed figures of <paramref name="loaded"/>.</summary>
    /// <param name="loaded">The scenario measured, as loaded (a design point reads its document again).</param>
    /// <param name="replications">Replications per rate measurement.</param>
    /// <param name="designPoints">Design points per design-point measurement.</param>
    /// <param name="cores">Threads of the all-cores measurements.</param>
    /// <param name="runs">Runs per figure, at least 1.</param>
    /// <param name="cancellationToken">Stops between runs.</param>
    public static IReadOnlyList<BenchMeasurement> Measure(LoadedScenario loaded, int replications, int designPoints, int cores, int runs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var scenario = loaded.Model;
        // A sweep over no factor: each point is the scenario itself, read as a sweep reads a point's.
        var sweep = new Experiment($"{scenario.Name}-bench", loaded, [], DesignKind.LatinHypercube, designPoints, ReplicationsPerDesignPoint,
            scenario.Seed, CommonRandomNumbers: true, [], loaded.File);
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

        // `cores` one-thread runs of `replications` each, each on its own thread, all at once: their combined rate. A run's
        // failure or cancellation is rethrown here, once every thread has stopped.
        double IndependentRate()
        {
            GC.Collect();
            var failures = new ExceptionDispatchInfo?[cores];
            var clock = Stopwatch.StartNew();
            var threads = Enumerable.Range(0, cores).Select(t => new Thread(() =>
            {
                try
                {
                    MonteCarlo.Run(scenario, new RunOptions(replications, scenario.Seed, 1), null, null, cancellationToken);
                }
                catch (Exception e)
                {
                    failures[t] = ExceptionDispatchInfo.Capture(e);
                }
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }
            foreach (var thread in threads)
            {
                thread.Join();
            }
            var elapsed = clock.Elapsed.TotalSeconds;
            Array.Find(failures, f => f is not null)?.Throw();
            return cores * (double)replications / elapsed;
        }

        double DesignPointRate()
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            for (var point = 0; point < designPoints; point++)
            {
                Sweep.RunPoint(sweep, new DesignPoint(point, [], scenario.Seed + (ulong)point), cores, cancellationToken);
            }
            return designPoints / clock.Elapsed.TotalSeconds;
        }

        var one = new double[runs];
        var all = new double[runs];
        var independent = new double[runs];
        for (var run = 0; run < runs; run++)
        {
            one[run] = Rate(1);
            all[run] = Rate(cores);
            independent[run] = IndependentRate();
        }
        var efficiency = one.Zip(all, (single, parallel) => parallel / single / cores).ToArray();
        var machine = one.Zip(independent, (single, apart) => apart / single / cores).ToArray();
        var relative = all.Zip(independent, (parallel, apart) => parallel / apart).ToArray();
        var points = Enumerable.Range(0, runs).Select(_ => DesignPointRate()).ToArray();
        return
        [
            BenchMeasurement.Of("replications_per_second", "replications/s, 1 thread", replications, 1, one, MeasurementUnit.ReplicationsPerSecond),
            BenchMeasurement.Of("replications_per_second", $"replications/s, {cores} threads (all cores)", replications, cores, all, MeasurementUnit.ReplicationsPerSecond),
            BenchMeasurement.Of("parallel_efficiency", "parallel efficiency (rate at all cores ÷ rate at 1 thread ÷ cores, per pair of runs)", replications, cores,
                efficiency, MeasurementUnit.Ratio),
            BenchMeasurement.Of("independent_replications_per_second", $"replications/s, {cores} independent 1-thread runs at once", replications, cores,
                independent, MeasurementUnit.ReplicationsPerSecond),
            BenchMeasurement.Of("machine_scaling", "machine scaling (independent runs' rate ÷ rate at 1 thread ÷ cores: the most efficiency this machine allows)",
                replications, cores, machine, MeasurementUnit.Ratio),
            BenchMeasurement.Of(EfficiencyAgainstIndependentRuns, "parallel efficiency against independent runs (rate at all cores ÷ independent runs' rate)",
                replications, cores, relative, MeasurementUnit.Ratio),
            BenchMeasurement.Of("design_points_per_second", $"design points/s ({ReplicationsPerDesignPoint} replications each)", ReplicationsPerDesignPoint, cores,
                points, MeasurementUnit.PointsPerSecond),
        ];
    }

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
