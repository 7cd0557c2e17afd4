using System.Runtime.ExceptionServices;

namespace Simulation.Experiments.Scheduling;

// The parallel run of OrderedParallel: a ring of result slots, threads − 1 computing threads, and the calling thread that
// hands the slots on in block order and computes a block itself whenever the next one is not ready. Block b may only be
// computed into slot b mod ring size once block b − ring size has been handed on, which bounds memory.
internal sealed class BlockPipeline<TThreadState, TResults>
{
    private readonly BlockJobs<TThreadState, TResults> _jobs;
    private readonly int _threads;
    private readonly Slot[] _ring;
    private readonly object _gate = new();
    private long _nextToCompute;
    private bool _stopped;
    private ExceptionDispatchInfo? _failure;

    public BlockPipeline(BlockJobs<TThreadState, TResults> jobs, int threads)
    {
        _jobs = jobs;
        _threads = threads;
        _ring = [.. Enumerable.Range(0, OrderedParallel.BlocksInFlightPerThread * threads).Select(s => new Slot { FreeFor = s })];
    }

    public void Run(CancellationToken cancellationToken)
    {
        var computing = Enumerable.Range(1, _threads - 1)
            .Select(t => new Thread(ComputeBlocks) { IsBackground = true, Name = $"regsim compute {t}" })
            .ToArray();
        var ownState = default(TThreadState);
        var ownStateCreated = false;
        using var registration = cancellationToken.Register(Stop);
        try
        {
            foreach (var thread in computing)
            {
                thread.Start();
            }
            for (long next = 0; next < _jobs.Blocks;)
            {
                var (ready, claimed, claimedBlock) = NextStep(next);
                _failure?.Throw();
                cancellationToken.ThrowIfCancellationRequested();
                if (ready is not null)
                {
                    _jobs.HandOn(ready.Results!, _jobs.Block(next));
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
                    if (!ownStateCreated)
                    {
                        (ownState, ownStateCreated) = (_jobs.CreateThreadState(), true);
                    }
                    Fill(ownState!, claimed, claimedBlock);
                }
            }
        }
        finally
        {
            Stop();
            foreach (var thread in computing)
            {
                if (thread.ThreadState != ThreadState.Unstarted)
                {
                    thread.Join();
                }
            }
        }
        _failure?.Throw();
    }

    // The calling thread's next step: the block `next` if it is ready to hand on, else a block to compute whose slot is
    // free already (the calling thread must never wait on its own handing on), else it waits until one of them is so.
    private (Slot? Ready, Slot? Claimed, long ClaimedBlock) NextStep(long next)
    {
        lock (_gate)
        {
            while (!_stopped)
            {
                var slot = _ring[next % _ring.Length];
                if (slot.ReadyBlock == next)
                {
                    return (slot, null, -1);
                }
                if (_nextToCompute < _jobs.Blocks && _ring[_nextToCompute % _ring.Length].FreeFor == _nextToCompute)
                {
                    var b = _nextToCompute++;
                    return (null, _ring[b % _ring.Length], b);
                }
                Monitor.Wait(_gate);
            }
            return (null, null, -1);
        }
    }

    // A computing thread: takes the next block, waits until its slot has been handed on, fills it; stops at the end, on
    // cancellation, or on the first failure, which the calling thread rethrows.
    private void ComputeBlocks()
    {
        try
        {
            var state = _jobs.CreateThreadState();
            while (true)
            {
                Slot slot;
                long b;
                lock (_gate)
                {
                    if (_stopped || _nextToCompute >= _jobs.Blocks)
                    {
                        return;
                    }
                    b = _nextToCompute++;
                    slot = _ring[b % _ring.Length];
                    while (slot.FreeFor != b && !_stopped)
                    {
                        Monitor.Wait(_gate);
                    }
                    if (_stopped)
                    {
                        return;
                    }
                }
                Fill(state, slot, b);
            }
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Fill(TThreadState state, Slot slot, long b)
    {
        slot.Results ??= _jobs.CreateResults();
        _jobs.Compute(state, slot.Results, _jobs.Block(b));
        lock (_gate)
        {
            slot.ReadyBlock = b;
            Monitor.PulseAll(_gate);
        }
    }

    private void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    // One place in the ring: its results (created when first filled), the block it may be filled with next, and the block
    // it holds ready to hand on (−1: none).
    private sealed class Slot
    {
        public TResults? Results { get; set; }

        public long FreeFor { get; set; }

        public long ReadyBlock { get; set; } = -1;
    }
}
