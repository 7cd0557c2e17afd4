namespace Simulation.Experiments.Scheduling;

// What a run of OrderedParallel does with its blocks: how they are cut, computed and handed on, whatever thread runs them.
internal sealed class BlockJobs<TThreadState, TResults>(long count, int blockSize, Func<TThreadState> createThreadState,
    Func<int, TResults> createResults, Action<TThreadState, TResults, JobBlock> compute, Action<TResults, JobBlock> handOn,
    IProgress<long>? progress)
{
    public long Blocks { get; } = (count + blockSize - 1) / blockSize;

    public TThreadState CreateThreadState() => createThreadState();

    public TResults CreateResults() => createResults(blockSize);

    public JobBlock Block(long b)
    {
        var first = b * blockSize;
        return new JobBlock(first, (int)Math.Min(blockSize, count - first));
    }

    public void Compute(TThreadState state, TResults results, JobBlock block) => compute(state, results, block);

    public void HandOn(TResults results, JobBlock block)
    {
        handOn(results, block);
        progress?.Report(block.End);
    }
}
