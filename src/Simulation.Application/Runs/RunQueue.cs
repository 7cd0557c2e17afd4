namespace Simulation.Application.Runs;

/// <summary>
/// The explore page's runs waiting their turn: first come, first served. At most <c>slots</c> runs compute at once (a class
/// pressing Run together must not take every core the class game needs); the others wait in the order they joined, each
/// told its place in line and a rough wait, and a run that leaves (its page closed or cancelled) gives its place to the
/// ones behind. The wait is reckoned from the pace of the last finished run (seconds per replication, measured on this
/// machine), so it is rough, and unknown until a run has finished. The last run rather than an average of several, because
/// the pace changes quickly at the start of a lesson: on a fresh server the first few runs take several times longer than
/// later ones. Thread-safe: one queue serves every page.
/// </summary>
public sealed class RunQueue
{
    private readonly Lock _lock = new();
    private readonly LinkedList<RunTurn> _waiting = new();
    private readonly List<RunTurn> _computing = [];
    private readonly int _slots;
    private readonly int _capacity;
    private readonly TimeProvider _clock;
    private double? _secondsPerReplication; // the pace of the last finished run

    /// <summary>Creates an empty queue.</summary>
    /// <param name="slots">Most runs computing at once (≥ 1).</param>
    /// <param name="capacity">Most runs waiting at once (≥ 0); a run beyond them is refused.</param>
    /// <param name="clock">The clock the runs are timed by; the system's when null.</param>
    public RunQueue(int slots, int capacity, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        (_slots, _capacity, _clock) = (slots, capacity, clock ?? TimeProvider.System);
    }

    /// <summary>Returns a run's turn, admitted at once when a slot is free and otherwise last in line; null when as many
    /// runs as the queue holds are waiting already. A run may join as soon as it is asked for, before its request is
    /// read, so that runs asked for together keep their order; it says its replications once known
    /// (<see cref="RunTurn.Expect"/>). Dispose the turn when the run ends, however it ends, or when it is refused.</summary>
    public RunTurn? TryJoin()
    {
        lock (_lock)
        {
            if (_computing.Count >= _slots && _waiting.Count >= _capacity)
            {
                return null;
            }
            var turn = new RunTurn(this);
            if (_computing.Count < _slots)
            {
                Admit(turn);
            }
            else
            {
                turn.Node = _waiting.AddLast(turn);
            }
            return turn;
        }
    }

    /// <summary>Returns the place of <paramref name="turn"/> in line with its rough wait; null once it computes or has left.</summary>
    internal QueuePlace? PlaceOf(RunTurn turn)
    {
        lock (_lock)
        {
            if (turn.Node is null)
            {
                return null;
            }
            var place = 1;
            for (var node = _waiting.First; node != turn.Node; node = node!.Next)
            {
                place++;
            }
            return new QueuePlace(place, Wait(turn));
        }
    }

    /// <summary>Takes <paramref name="turn"/> out of line, or frees its slot for the first in line; a run that
    /// <paramref name="finished"/> sets the pace of the estimates. Leaving twice does nothing.</summary>
    internal void Leave(RunTurn turn, bool finished)
    {
        lock (_lock)
        {
            if (turn.Node is { } node)
            {
                _waiting.Remove(node);
                turn.Node = null;
                turn.Refuse();
                return;
            }
            if (!_computing.Remove(turn))
            {
                return;
            }
            if (finished)
            {
                _secondsPerReplication = _clock.GetElapsedTime(turn.AdmittedAt).TotalSeconds / Math.Max(1, turn.Replications);
            }
            while (_computing.Count < _slots && _waiting.First is { } first)
            {
                _waiting.RemoveFirst();
                first.Value.Node = null;
                Admit(first.Value);
            }
        }
    }

    /// <summary>Records the replications of <paramref name="turn"/>, from which the runs behind it reckon their wait.</summary>
    internal void Expect(RunTurn turn, long replications)
    {
        lock (_lock)
        {
            turn.Replications = replications;
        }
    }

    private void Admit(RunTurn turn)
    {
        turn.AdmittedAt = _clock.GetTimestamp();
        _computing.Add(turn);
        turn.Admit();
    }

    // Hands each slot, as it frees, to the runs ahead in order (each taking its replications times the pace), and
    // returns when the slot that frees first after them does; null before any run has finished. A run whose request is
    // still being read counts as none, for the moment it takes.
    private TimeSpan? Wait(RunTurn turn)
    {
        if (_secondsPerReplication is not { } pace)
        {
            return null;
        }
        var free = new PriorityQueue<double, double>();
        foreach (var computing in _computing)
        {
            var left = Math.Max(0, (pace * computing.Replications) - _clock.GetElapsedTime(computing.AdmittedAt).TotalSeconds);
            free.Enqueue(left, left);
        }
        while (free.Count < _slots)
        {
            free.Enqueue(0, 0);
        }
        for (var node = _waiting.First; node is not null && node.Value != turn; node = node.Next)
        {
            var at = free.Dequeue() + (pace * node.Value.Replications);
            free.Enqueue(at, at);
        }
        return TimeSpan.FromSeconds(free.Peek());
    }
}
