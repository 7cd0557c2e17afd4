namespace Simulation.Core.Bidding;

/// <summary>
/// The bids of the competition being run, with their strengths at their current efforts: the buffers a competition reuses
/// from one run to the next, so that running one allocates nothing.
/// </summary>
internal sealed class BidTable
{
    private readonly Bid[] _bids;
    private readonly Bid[] _entrants;
    private readonly double[] _logStrength;
    private readonly double[] _strength;
    private int _entrantCount;
    private double _shift;
    private double _total;

    /// <summary>Allocates room for up to <paramref name="maxBids"/> bids.</summary>
    public BidTable(int maxBids)
    {
        _bids = new Bid[maxBids];
        _entrants = new Bid[maxBids];
        _logStrength = new double[maxBids];
        _strength = new double[maxBids];
    }

    /// <summary>Number of bids in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The bids in the table.</summary>
    public Span<Bid> Bids => _bids.AsSpan(0, Count);

    /// <summary>The bid at <paramref name="position"/>.</summary>
    public ref Bid this[int position] => ref _bids[position];

    /// <summary>Scratch room for one weight per bid (ln of the weight), for a draw among the bids.</summary>
    public Span<double> LogWeights => _logStrength.AsSpan(0, Count);

    /// <summary>Scratch room for one weight per bid, for a draw among the bids.</summary>
    public Span<double> Weights => _strength.AsSpan(0, Count);

    /// <summary>Empties the table.</summary>
    public void Clear() => Count = 0;

    /// <summary>Appends <paramref name="bid"/>.</summary>
    public void Add(in Bid bid) => _bids[Count++] = bid;

    /// <summary>Starts listing the bids that enter.</summary>
    public void ClearEntrants() => _entrantCount = 0;

    /// <summary>Lists the bid at <paramref name="position"/> as entering.</summary>
    public void AddEntrant(int position) => _entrants[_entrantCount++] = _bids[position];

    /// <summary>Keeps only the bids listed as entering, in the order listed; returns true when every bid entered.</summary>
    public bool KeepOnlyEntrants()
    {
        var everyBid = _entrantCount == Count;
        _entrants.AsSpan(0, _entrantCount).CopyTo(_bids);
        Count = _entrantCount;
        return everyBid;
    }

    /// <summary>Replaces every bid sharing a member with <paramref name="members"/> by <paramref name="joint"/>, placed last.</summary>
    public void ReplaceMembersBy(in Bid joint, ulong members)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if ((_bids[i].Members & members) == 0)
            {
                _bids[kept++] = _bids[i];
            }
        }
        _bids[kept++] = joint;
        Count = kept;
    }

    /// <summary>Position of <paramref name="region"/>'s single bid, or −1 when it has none.</summary>
    public int IndexOfSingle(int region)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_bids[i].Members == 1UL << region)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The bit mask (over bid positions) of the bids holding <paramref name="regions"/>; 0 when one of them is in
    /// no bid.</summary>
    public ulong HoldersOf(ulong regions)
    {
        var holders = 0UL;
        for (var m = regions; m != 0; m &= m - 1)
        {
            var region = 1UL << System.Numerics.BitOperations.TrailingZeroCount(m);
            var holder = -1;
            for (var i = 0; i < Count && holder < 0; i++)
            {
                if ((_bids[i].Members & region) != 0)
                {
                    holder = i;
                }
            }
            if (holder < 0)
            {
                return 0UL;
            }
            holders |= 1UL << holder;
        }
        return holders;
    }

    /// <summary>Computes every bid's strength at its current effort, relative to the strongest, so that rivals' totals are
    /// sums.</summary>
    public void PrepareStrengths()
    {
        _shift = double.NegativeInfinity;
        for (var i = 0; i < Count; i++)
        {
            _logStrength[i] = _bids[i].Perceived.LogStrength(_bids[i].Effort);
            _shift = Math.Max(_shift, _logStrength[i]);
        }
        _total = 0.0;
        for (var i = 0; i < Count; i++)
        {
            _strength[i] = Math.Exp(_logStrength[i] - _shift);
            _total += _strength[i];
        }
    }

    /// <summary>ln Σ q_j over the bids other than <paramref name="self"/> that share no member with
    /// <paramref name="excludeMembers"/>; from the total when that is accurate, else summed directly. Needs
    /// <see cref="PrepareStrengths"/>.</summary>
    public double LogRivals(int self, ulong excludeMembers)
    {
        var sum = _total;
        if (excludeMembers == 0)
        {
            sum -= self >= 0 ? _strength[self] : 0.0;
        }
        else
        {
            for (var j = 0; j < Count; j++)
            {
                if (j == self || (_bids[j].Members & excludeMembers) != 0)
                {
                    sum -= _strength[j];
                }
            }
        }
        if (sum > 1e-9 * _total)
        {
            return _shift + Math.Log(sum);
        }
        var log = double.NegativeInfinity;
        for (var j = 0; j < Count; j++)
        {
            if (j != self && (_bids[j].Members & excludeMembers) == 0)
            {
                log = BestResponse.LogSumExp(log, _logStrength[j]);
            }
        }
        return log;
    }
}
