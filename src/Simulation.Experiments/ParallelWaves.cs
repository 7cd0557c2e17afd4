namespace Simulation.Experiments;

/// <summary>
/// Runs numbered jobs in waves of one block per thread and hands each block's results on in job order, so what is
/// computed in parallel is consumed as if computed sequentially: results do not depend on the thread count, and memory
/// is bounded by one wave.
/// </summary>
public static class ParallelWaves
{
    /// <summary>Runs jobs 0 … <paramref name="count"/> − 1.</summary>
    /// <typeparam name="TWorker">Per-thread state: models and buffers, reused from wave to wave.</typeparam>
    /// <param name="count">Number of jobs.</param>
    /// <param name="threads">Worker threads (≥ 1).</param>
    /// <param name="maxBlock">Most jobs one thread computes per wave.</param>
    /// <param name="createWorker">Creates one worker's state.</param>
    /// <param name="compute">Computes jobs first … first + n − 1 into the worker's buffers.</param>
    /// <param name="consume">Hands on the worker's last block (called in job order, on one thread).</param>
    /// <param name="progress">Receives the number of jobs done after each wave.</param>
    /// <param name="cancellationToken">Stops between waves.</param>
    public static void Run<TWorker>(long count, int threads, int maxBlock, Func<TWorker> createWorker,
        Action<TWorker, long, int> compute, Action<TWorker, long, int> consume, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (count <= 0)
        {
            return;
        }
        threads = (int)Math.Min(threads, count);
        var block = (int)Math.Clamp((long)Math.Ceiling(count / (double)threads), 1, maxBlock);
        var workers = Enumerable.Range(0, threads).Select(_ => createWorker()).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        for (long start = 0; start < count; start += (long)block * threads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var waveStart = start;
            Parallel.For(0, threads, parallel, w =>
            {
                var first = waveStart + ((long)w * block);
                compute(workers[w], first, (int)Math.Clamp(count - first, 0, block));
            });
            for (var w = 0; w < threads; w++)
            {
                var first = waveStart + ((long)w * block);
                var n = (int)Math.Clamp(count - first, 0, block);
                if (n > 0)
                {
                    consume(workers[w], first, n);
                }
            }
            progress?.Report(Math.Min(count, start + ((long)block * threads)));
        }
    }
}
