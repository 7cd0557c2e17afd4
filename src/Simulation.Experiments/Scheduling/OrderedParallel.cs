namespace Simulation.Experiments.Scheduling;

/// <summary>
/// Computes numbered jobs on several threads and hands their results on in job order on the calling thread, so what is
/// computed in parallel is consumed as if computed sequentially: results do not depend on the thread count, handing on
/// overlaps computing, and memory is bounded by a fixed number of result blocks in flight, not by the number of jobs.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Result blocks in flight per thread at most: enough that no thread waits for the calling thread to hand
    /// one on, few enough that memory does not grow with the number of jobs.</summary>
    public const int BlocksInFlightPerThread = 4;

    // With few jobs, blocks are cut so that every thread gets about this many, which spreads the jobs evenly.
    private const int BlocksPerThread = 8;

    /// <summary>Returns the number of jobs per block: about <see cref="BlocksPerThread"/> blocks per thread, at least one
    /// job and at most <paramref name="maxBlock"/>.</summary>
    public static int BlockSize(long count, int threads, int maxBlock) =>
        (int)Math.Clamp((long)Math.Ceiling(count / (threads * (double)BlocksPerThread)), 1, maxBlock);

    /// <summary>
    /// Computes jobs 0 … <paramref name="count"/> − 1 and hands their results on in job order, on the calling thread.
    /// With one thread everything runs on the calling thread; with T ≥ 2, T − 1 threads compute blocks (each taking the
    /// next block when it finishes one) while the calling thread hands finished blocks on in order and computes a block
    /// itself whenever the next one is not ready.
    /// </summary>
    /// <typeparam name="TThreadState">One thread's reusable state (models, scratch buffers), created once per thread.</typeparam>
    /// <typeparam name="TResults">The results of one block, reused for later blocks once handed on.</typeparam>
    /// <param name="count">Number of jobs.</param>
    /// <param name="threads">Threads that compute (≥ 1), the calling thread included.</param>
    /// <param name="maxBlock">Most jobs in a block: smaller blocks stop sooner when cancelled and hand results on sooner.</param>
    /// <param name="createThreadState">Creates one thread's state.</param>
    /// <param name="createResults">Creates the results of one block of the given number of jobs.</param>
    /// <param name="compute">Computes a block of jobs into a results block, with the computing thread's state.</param>
    /// <param name="handOn">Hands a computed block on; called in job order, on the calling thread.</param>
    /// <param name="progress">Receives the number of jobs handed on after each block.</param>
    /// <param name="cancellationToken">Stops between blocks; blocks already handed on stay handed on.</param>
    public static void Run<TThreadState, TResults>(long count, int threads, int maxBlock, Func<TThreadState> createThreadState,
        Func<int, TResults> createResults, Action<TThreadState, TResults, JobBlock> compute, Action<TResults, JobBlock> handOn,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBlock, 1);
        if (count <= 0)
        {
            return;
        }
        threads = (int)Math.Min(threads, count);
        var jobs = new BlockJobs<TThreadState, TResults>(count, BlockSize(count, threads, maxBlock), createThreadState, createResults,
            compute, handOn, progress);
        if (threads == 1)
        {
            RunOnCallingThread(jobs, cancellationToken);
        }
        else
        {
            new BlockPipeline<TThreadState, TResults>(jobs, threads).Run(cancellationToken);
        }
    }

    /// <summary>
    /// Computes jobs 0 … <paramref name="count"/> − 1 whose results go to slots of their own (an array indexed by job), so
    /// nothing has to be carried from the computing thread: as the other overload, without a results block.
    /// </summary>
    /// <param name="count">Number of jobs.</param>
    /// <param name="threads">Threads that compute (≥ 1), the calling thread included.</param>
    /// <param name="maxBlock">Most jobs in a block.</param>
    /// <param name="createThreadState">Creates one thread's state.</param>
    /// <param name="compute">Computes a block of jobs, with the computing thread's state.</param>
    /// <param name="handOn">Called for each computed block in job order, on the calling thread (null: nothing to do).</param>
    /// <param name="progress">Receives the number of jobs handed on after each block.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    public static void Run<TThreadState>(long count, int threads, int maxBlock, Func<TThreadState> createThreadState,
        Action<TThreadState, JobBlock> compute, Action<JobBlock>? handOn = null, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default) =>
        Run(count, threads, maxBlock, createThreadState, _ => NoResults.Value, (state, _, block) => compute(state, block),
            (_, block) => handOn?.Invoke(block), progress, cancellationToken);

    private static void RunOnCallingThread<TThreadState, TResults>(BlockJobs<TThreadState, TResults> jobs, CancellationToken cancellationToken)
    {
        var state = jobs.CreateThreadState();
        var results = jobs.CreateResults();
        for (long b = 0; b < jobs.Blocks; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = jobs.Block(b);
            jobs.Compute(state, results, block);
            jobs.HandOn(results, block);
        }
    }

    // The results block of jobs that keep their results themselves.
    private sealed class NoResults
    {
        public static readonly NoResults Value = new();
    }
}
