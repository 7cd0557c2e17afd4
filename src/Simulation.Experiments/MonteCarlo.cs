using Simulation.Core;
using Simulation.Core.Regimes;

namespace Simulation.Experiments;

/// <summary>
/// Monte Carlo replication of a scenario, in parallel. Replications are computed in waves of one block per thread and
/// handed to the observers in replication order, so results are byte-identical whatever the thread count, and memory
/// is bounded by the wave, not by the number of replications.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Largest block of replications one thread computes before the results are handed on.</summary>
    public const int MaxBlock = 256;

    /// <summary>
    /// Returns the win probabilities and metric summaries of <paramref name="options"/>.Replications replications of every
    /// mode of <paramref name="scenario"/> (the timeline and each counterfactual regime).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Replications, seed, threads.</param>
    /// <param name="observers">Extra observers (for example a CSV writer), called in replication order after the accumulator.</param>
    /// <param name="progress">Receives the number of replications done after each wave.</param>
    /// <param name="cancellationToken">Stops between waves.</param>
    public static RunResult Run(Scenario scenario, RunOptions options, IReadOnlyList<IReplicationObserver>? observers = null,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var accumulator = new RunAccumulator(scenario);
        var all = new List<IReplicationObserver> { accumulator };
        all.AddRange(observers ?? []);
        Ensemble(scenario, options, all, progress, cancellationToken);
        return accumulator.Result(options);
    }

    /// <summary>Runs the replications and hands every (replication, mode) outcome to the observers, in order.</summary>
    public static void Ensemble(Scenario scenario, RunOptions options, IReadOnlyList<IReplicationObserver> observers,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var modes = scenario.Modes();
        var threads = Math.Min(options.Threads, options.Replications);
        var block = Math.Clamp((int)Math.Ceiling(options.Replications / (double)threads), 1, MaxBlock);
        var workers = Enumerable.Range(0, threads).Select(_ => new Worker(scenario, block, modes.Count)).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };

        for (long start = 0; start < options.Replications; start += (long)block * threads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var waveStart = start;
            Parallel.For(0, threads, parallel, w =>
            {
                var first = waveStart + ((long)w * block);
                var count = (int)Math.Clamp(options.Replications - first, 0, block);
                workers[w].Compute(first, count, modes, options.Seed);
            });
            foreach (var worker in workers)
            {
                for (var i = 0; i < worker.Count; i++)
                {
                    for (var m = 0; m < modes.Count; m++)
                    {
                        foreach (var observer in observers)
                        {
                            observer.Observe(worker.First + i, modes[m], worker.Outcome(i, m));
                        }
                    }
                }
            }
            progress?.Report(Math.Min(options.Replications, start + ((long)block * threads)));
        }
    }

    // One thread's model and the outcome buffers of its block.
    private sealed class Worker
    {
        private readonly SimulationModel _model;
        private readonly ReplicationOutcome[] _outcomes;
        private readonly int _modes;

        public Worker(Scenario scenario, int block, int modes)
        {
            _model = new SimulationModel(scenario);
            _modes = modes;
            _outcomes = Enumerable.Range(0, block * modes).Select(_ => new ReplicationOutcome(scenario)).ToArray();
        }

        public long First { get; private set; }

        public int Count { get; private set; }

        public ReplicationOutcome Outcome(int i, int mode) => _outcomes[(i * _modes) + mode];

        public void Compute(long first, int count, IReadOnlyList<RegimeMode> modes, ulong seed)
        {
            First = first;
            Count = count;
            for (var i = 0; i < count; i++)
            {
                for (var m = 0; m < modes.Count; m++)
                {
                    Replication.Run(_model, modes[m], seed, first + i).CopyTo(_outcomes[(i * _modes) + m]);
                }
            }
        }
    }
}
