namespace Simulation.Core.Programmes;

/// <summary>
/// Designations made but not yet delivered (an Innovation City whose agencies have not moved yet): each waits for its
/// year of delivery. Fixed-size buffers sized once per scenario, so a replication allocates nothing.
/// </summary>
public sealed class DeliveryQueue
{
    private readonly int[] _year;
    private readonly int[] _programme;
    private readonly int[] _region;
    private readonly int[] _category;
    private readonly double[] _value;

    /// <summary>Allocates room for <paramref name="capacity"/> pending deliveries.</summary>
    public DeliveryQueue(int capacity)
    {
        _year = new int[capacity];
        _programme = new int[capacity];
        _region = new int[capacity];
        _category = new int[capacity];
        _value = new double[capacity];
    }

    /// <summary>Returns an empty queue of the same size (a snapshot's).</summary>
    public DeliveryQueue CloneEmpty() => new(_year.Length);

    /// <summary>Number of deliveries waiting.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the queue for a new replication.</summary>
    public void Clear() => Count = 0;

    /// <summary>Adds a delivery due in <paramref name="year"/>: <paramref name="value"/> ₩ billion of programme
    /// <paramref name="programme"/> to <paramref name="region"/>, in plan category <paramref name="category"/> (−1: none).</summary>
    public void Add(int year, int programme, int region, int category, double value)
    {
        if (Count == _year.Length)
        {
            throw new InvalidOperationException("The delivery queue is full: more designations than the scenario's programmes make.");
        }
        (_year[Count], _programme[Count], _region[Count], _category[Count], _value[Count]) = (year, programme, region, category, value);
        Count++;
    }

    /// <summary>Returns the pending deliveries of <paramref name="programme"/> (those due after the horizon at the end of a run).</summary>
    public int PendingOf(int programme)
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += _programme[i] == programme ? 1 : 0;
        }
        return n;
    }

    /// <summary>Removes every delivery due in <paramref name="year"/> or earlier, in the order they were made, and hands each
    /// to <paramref name="deliver"/>: (programme, region, category, value).</summary>
    public void TakeDue<TDeliver>(int year, ref TDeliver deliver) where TDeliver : struct, IDeliveryTarget
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_year[i] <= year)
            {
                deliver.Deliver(_programme[i], _region[i], _category[i], _value[i]);
            }
            else
            {
                (_year[kept], _programme[kept], _region[kept], _category[kept], _value[kept]) = (_year[i], _programme[i], _region[i], _category[i], _value[i]);
                kept++;
            }
        }
        Count = kept;
    }

    /// <summary>Copies the queue into <paramref name="target"/>, a queue of the same size (a snapshot).</summary>
    public void CopyTo(DeliveryQueue target)
    {
        _year.AsSpan(0, Count).CopyTo(target._year);
        _programme.AsSpan(0, Count).CopyTo(target._programme);
        _region.AsSpan(0, Count).CopyTo(target._region);
        _category.AsSpan(0, Count).CopyTo(target._category);
        _value.AsSpan(0, Count).CopyTo(target._value);
        target.Count = Count;
    }
}
