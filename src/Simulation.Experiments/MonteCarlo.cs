using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scheduling;

namespace Simulation.Experiments;

/// <summary>
/// Monte Carlo replication of a scenario, in parallel on <see cref="OrderedParallel"/>: replications are computed in blocks
/// by all threads and handed to the observers in replication order on the calling thread, so results are byte-identical
/// whatever the thread count and memory does not grow with the number of replications.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Largest block of replications one thread computes before the results are handed on: small enough to spread
    /// the replications evenly and keep the observers busy early, large enough that handing a block over costs nothing
    /// noticeable (64 baseline replications are a few milliseconds of computing).</summary>
    public const int MaxBlock = 64;

    /// <summary>
    /// Returns the win probabilities and metric summaries of <paramref name="options"/>.Replications replications of every
    /// mode of <paramref name="scenario"/> (the timeline and each counterfactual regime).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Replications, seed, threads.</param>
    /// <param name="observers">Extra observers (for example a CSV writer), called in replication order after the accumulator.</param>
    /// <param name="progress">Receives the number of replications done after each block.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    public static RunResult Run(Scenario scenario, RunOptions options, IReadOnlyList<IReplicationObserver>? observers = null,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var accumulator = new RunAccumulator(scenario);
        Ensemble(scenario, options, accumulator, observers ?? [], progress, cancellationToken);
        return accumulator.Result(options);
    }

    /// <summary>Returns the moments and win probabilities of the run <see cref="Run"/> would make (<see cref="RunMoments"/>):
    /// the same numbers, for a point of a sweep or a screening, which reads nothing else.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Replications, seed, threads.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    public static RunMoments RunMoments(Scenario scenario, RunOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var accumulator = new RunAccumulator(scenario);
        Ensemble(scenario, options, accumulator, [], null, cancellationToken);
        return accumulator.Moments(options);
    }

    /// <summary>
    /// Runs the replications and hands every (replication, mode) outcome to the observers, in order, on the calling thread.
    /// </summary>
    public static void Ensemble(Scenario scenario, RunOptions options, IReadOnlyList<IReplicationObserver> observers,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        Ensemble(scenario, options, null, observers, progress, cancellationToken);

    // With an accumulator, the threads that compute a block also read its metrics (RunAccumulator.Read), so that the
    // calling thread, which hands the blocks on in order, only counts and sums.
    private static void Ensemble(Scenario scenario, RunOptions options, RunAccumulator? accumulator,
        IReadOnlyList<IReplicationObserver> observers, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        options.Validate();
        var modes = scenario.Modes();
        var metrics = accumulator?.MetricCount ?? 0;
        OrderedParallel.Run(options.Replications, options.Threads, MaxBlock,
            () => new AllModesRunner(scenario, modes),
            size => new ReplicationBlock(scenario, size, modes.Count, metrics),
            (runner, results, block) =>
            {
                runner.Run(results, block, options.Seed);
                ReadMetrics(accumulator, results, block, modes.Count);
            },
            (results, block) => HandOn(results, block, modes, accumulator, observers),
            progress, cancellationToken);
    }

    private static void ReadMetrics(RunAccumulator? accumulator, ReplicationBlock results, JobBlock block, int modes)
    {
        if (accumulator is null)
        {
            return;
        }
        for (var i = 0; i < block.Count; i++)
        {
            for (var m = 0; m < modes; m++)
            {
                accumulator.Read(results.Outcome(i, m), results.Values(i, m), results.Keys(i, m), block.First + i);
            }
        }
    }

    private static void HandOn(ReplicationBlock results, JobBlock block, IReadOnlyList<RegimeMode> modes, RunAccumulator? accumulator,
        IReadOnlyList<IReplicationObserver> observers)
    {
        for (var i = 0; i < block.Count; i++)
        {
            for (var m = 0; m < modes.Count; m++)
            {
                var outcome = results.Outcome(i, m);
                accumulator?.Observe(m, outcome, results.Values(i, m), results.Keys(i, m));
                foreach (var observer in observers)
                {
                    observer.Observe(block.First + i, modes[m], outcome);
                }
            }
        }
    }
}
