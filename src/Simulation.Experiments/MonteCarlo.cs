using System.Runtime.ExceptionServices;
using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Experiments;

/// <summary>
/// Monte Carlo replication of a scenario, in parallel. Replications are computed in blocks by all threads while the
/// calling thread hands finished blocks to the observers in replication order, so results are byte-identical whatever
/// the thread count, aggregation overlaps computation, and memory is bounded by a fixed number of blocks in flight, not
/// by the number of replications.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Largest block of replications one thread computes before the results are handed on.</summary>
    public const int MaxBlock = 256;

    // Blocks are small enough to spread the work evenly and to keep the observers busy early, large enough that handing
    // them over costs nothing noticeable (a block of 64 baseline replications is a few milliseconds of work).
    private const int PipelineBlock = 64;

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
        var all = new List<IReplicationObserver> { accumulator };
        all.AddRange(observers ?? []);
        Ensemble(scenario, options, all, progress, cancellationToken);
        return accumulator.Result(options);
    }

    /// <summary>
    /// Runs the replications and hands every (replication, mode) outcome to the observers, in order, on the calling thread.
    /// With one thread everything runs on the calling thread; with T ≥ 2, T − 1 worker threads compute blocks of
    /// replications (each taking the next block as it finishes one) while the calling thread hands the finished blocks on in
    /// order and computes blocks itself whenever the next one is not ready.
    /// </summary>
    public static void Ensemble(Scenario scenario, RunOptions options, IReadOnlyList<IReplicationObserver> observers,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var modes = scenario.Modes();
        var threads = Math.Min(options.Threads, options.Replications);
        var block = (int)Math.Clamp((long)Math.Ceiling(options.Replications / (threads * 8.0)), 1, PipelineBlock);
        var work = new Work(scenario, modes, options, block, observers, progress);
        if (threads == 1)
        {
            work.RunSequentially(cancellationToken);
        }
        else
        {
            work.RunInParallel(threads, cancellationToken);
        }
    }

    // The blocks of a run, the threads that compute them, and the ring of buffers that carries them to the calling thread.
    private sealed class Work(Scenario scenario, IReadOnlyList<RegimeMode> modes, RunOptions options, int block,
        IReadOnlyList<IReplicationObserver> observers, IProgress<long>? progress)
    {
        private readonly long _blocks = (options.Replications + block - 1) / block;
        private readonly object _gate = new();
        private Block[] _ring = [];
        private long _nextBlock;
        private bool _stop;
        private ExceptionDispatchInfo? _failure;

        public void RunSequentially(CancellationToken cancellationToken)
        {
            var computer = new Computer(scenario, modes);
            var buffer = new Block(scenario, block, modes.Count);
            for (long b = 0; b < _blocks; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Compute(computer, buffer, b);
                Consume(buffer);
            }
        }

        // threads − 1 worker threads compute blocks; the calling thread consumes the blocks in order and, whenever the next
        // one is not ready, computes a block itself, so every thread computes and none waits while there is work.
        public void RunInParallel(int threads, CancellationToken cancellationToken)
        {
            _ring = Enumerable.Range(0, 4 * threads).Select(s => new Block(scenario, block, modes.Count) { FreeFor = s }).ToArray();
            var workers = Enumerable.Range(1, threads - 1)
                .Select(w => new Thread(ComputeBlocks) { IsBackground = true, Name = $"regsim worker {w}" })
                .ToArray();
            Computer? own = null;
            using var registration = cancellationToken.Register(Stop);
            try
            {
                foreach (var worker in workers)
                {
                    worker.Start();
                }
                for (long next = 0; next < _blocks;)
                {
                    Block? ready = null;
                    Block? claimed = null;
                    var claimedBlock = -1L;
                    lock (_gate)
                    {
                        while (!_stop)
                        {
                            var slot = _ring[next % _ring.Length];
                            if (slot.ReadyBlock == next)
                            {
                                ready = slot;
                                break;
                            }
                            // Only a block whose slot is free already: the calling thread must never wait on its own consuming.
                            if (_nextBlock < _blocks && _ring[_nextBlock % _ring.Length].FreeFor == _nextBlock)
                            {
                                claimedBlock = _nextBlock++;
                                claimed = _ring[claimedBlock % _ring.Length];
                                break;
                            }
                            Monitor.Wait(_gate);
                        }
                    }
                    _failure?.Throw();
                    cancellationToken.ThrowIfCancellationRequested();
                    if (ready is not null)
                    {
                        Consume(ready);
                        lock (_gate)
                        {
                            ready.ReadyBlock = -1;
                            ready.FreeFor = next + _ring.Length;
                            Monitor.PulseAll(_gate);
                        }
                        next++;
                    }
                    else if (claimed is not null)
                    {
                        own ??= new Computer(scenario, modes);
                        Compute(own, claimed, claimedBlock);
                        lock (_gate)
                        {
                            claimed.ReadyBlock = claimedBlock;
                            Monitor.PulseAll(_gate);
                        }
                    }
                }
            }
            finally
            {
                Stop();
                foreach (var worker in workers)
                {
                    if (worker.ThreadState != ThreadState.Unstarted)
                    {
                        worker.Join();
                    }
                }
            }
            _failure?.Throw();
        }

        private void Stop()
        {
            lock (_gate)
            {
                _stop = true;
                Monitor.PulseAll(_gate);
            }
        }

        // A worker thread: takes the next block, waits until its slot in the ring has been consumed, fills it.
        private void ComputeBlocks()
        {
            try
            {
                var computer = new Computer(scenario, modes);
                while (true)
                {
                    Block slot;
                    long b;
                    lock (_gate)
                    {
                        if (_stop || _nextBlock >= _blocks)
                        {
                            return;
                        }
                        b = _nextBlock++;
                        slot = _ring[b % _ring.Length];
                        while (slot.FreeFor != b && !_stop)
                        {
                            Monitor.Wait(_gate);
                        }
                        if (_stop)
                        {
                            return;
                        }
                    }
                    Compute(computer, slot, b);
                    lock (_gate)
                    {
                        slot.ReadyBlock = b;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _failure ??= ExceptionDispatchInfo.Capture(e);
                    _stop = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private void Compute(Computer computer, Block buffer, long b)
        {
            buffer.First = b * block;
            buffer.Count = (int)Math.Min(block, options.Replications - buffer.First);
            computer.Compute(buffer, options.Seed);
        }

        private void Consume(Block buffer)
        {
            for (var i = 0; i < buffer.Count; i++)
            {
                for (var m = 0; m < modes.Count; m++)
                {
                    var outcome = buffer.Outcome(i, m);
                    foreach (var observer in observers)
                    {
                        observer.Observe(buffer.First + i, modes[m], outcome);
                    }
                }
            }
            progress?.Report(buffer.First + buffer.Count);
        }
    }

    // The outcomes of one block of replications, every mode of each.
    private sealed class Block(Scenario scenario, int size, int modes)
    {
        private readonly ReplicationOutcome[] _outcomes = Enumerable.Range(0, size * modes).Select(_ => new ReplicationOutcome(scenario)).ToArray();

        public long First { get; set; }

        public int Count { get; set; }

        // The block this slot of the ring may be filled with next, and the block it holds ready to consume (-1: none).
        public long FreeFor { get; set; }

        public long ReadyBlock { get; set; } = -1;

        public ReplicationOutcome Outcome(int i, int mode) => _outcomes[(i * modes) + mode];
    }

    // One thread's model. Where the timeline applies the same regime as a counterfactual in its first years (the baseline:
    // Roh to 2007), those years are simulated once: the counterfactual runs first and is saved at the end of them, and the
    // timeline continues from that snapshot. Both start from the same stream, so this is exactly a separate run of each.
    private sealed class Computer
    {
        private readonly SimulationModel _model;
        private readonly IReadOnlyList<RegimeMode> _modes;
        private readonly ModelSnapshot _snapshot;
        private readonly int[] _order;
        private readonly int _donor = -1;
        private readonly int _heir = -1;
        private readonly int _snapshotYear;

        public Computer(Scenario scenario, IReadOnlyList<RegimeMode> modes)
        {
            _model = new SimulationModel(scenario);
            _modes = modes;
            _snapshot = _model.CreateSnapshot();
            var shared = 0;
            for (var heir = 0; heir < modes.Count; heir++)
            {
                for (var donor = 0; donor < modes.Count && modes[heir].Regime is null; donor++)
                {
                    var years = donor == heir || modes[donor].Regime is null ? 0 : _model.SharedYears(modes[heir], modes[donor]);
                    if (years > shared)
                    {
                        (shared, _donor, _heir) = (years, donor, heir);
                    }
                }
            }
            _snapshotYear = scenario.Timeline.FirstYear + shared;
            _order = [.. Enumerable.Range(0, modes.Count).OrderBy(m => m == _heir ? 1 : 0)];
        }

        public void Compute(Block buffer, ulong seed)
        {
            for (var i = 0; i < buffer.Count; i++)
            {
                var index = buffer.First + i;
                foreach (var m in _order)
                {
                    if (m == _heir)
                    {
                        _model.Restore(_snapshot, _modes[m]);
                    }
                    else
                    {
                        _model.Reset(_modes[m], RandomStream.ForReplication(seed, index));
                        if (m == _donor)
                        {
                            while (_model.Year < _snapshotYear)
                            {
                                _model.Step();
                            }
                            _model.Save(_snapshot);
                        }
                    }
                    _model.RunToEnd().CopyTo(buffer.Outcome(i, m));
                }
            }
        }
    }
}
