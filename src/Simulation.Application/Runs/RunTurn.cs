namespace Simulation.Application.Runs;

/// <summary>
/// One run's turn in a <see cref="RunQueue"/>, from joining the line to the end of its computation. Wait for it with
/// <see cref="WaitAsync"/>, say the run finished with <see cref="Finish"/>, and dispose it however the run ends: a run that
/// leaves the line gives its place to those behind, and one that ends frees its slot for the first in line.
/// </summary>
public sealed class RunTurn : IDisposable
{
    private readonly RunQueue _queue;
    private readonly TaskCompletionSource _admitted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal RunTurn(RunQueue queue) => _queue = queue;

    /// <summary>The run's replications; 0 until <see cref="Expect"/> says them.</summary>
    public long Replications { get; internal set; }

    /// <summary>Its place in line and rough wait; null once it computes or has left.</summary>
    public QueuePlace? Place => _queue.PlaceOf(this);

    /// <summary>Whether it has been given a slot to compute in.</summary>
    public bool IsAdmitted => _admitted.Task.IsCompletedSuccessfully;

    // Where it stands in line; null once admitted or gone. Guarded by the queue's lock.
    internal LinkedListNode<RunTurn>? Node { get; set; }

    // When it was given its slot (a timestamp of the queue's clock). Guarded by the queue's lock.
    internal long AdmittedAt { get; set; }

    /// <summary>Says the run's replications, once its request is read, from which the runs behind it reckon their wait.</summary>
    /// <param name="replications">At least 1.</param>
    public void Expect(long replications)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        _queue.Expect(this, replications);
    }

    /// <summary>Returns when the run may compute. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> is cancelled first, having left the line (or freed the slot just given).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _admitted.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _queue.Leave(this, finished: false);
            throw;
        }
    }

    /// <summary>Frees the slot of a run that computed to the end, whose pace then informs the waits of later runs.</summary>
    public void Finish() => _queue.Leave(this, finished: true);

    /// <summary>Leaves the line, or frees the slot, if <see cref="Finish"/> has not.</summary>
    public void Dispose() => _queue.Leave(this, finished: false);

    internal void Admit() => _admitted.TrySetResult();

    internal void Refuse() => _admitted.TrySetCanceled();
}
