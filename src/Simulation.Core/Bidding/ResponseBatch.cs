namespace Simulation.Core.Bidding;

/// <summary>
/// Best-response problems solved side by side (ODD §7.4.4): one slot per bid weighed, laid out as parallel columns so that
/// <c>BestResponse.SolveMany</c> runs over them at once. Reused from one competition to the next.
/// </summary>
internal sealed class ResponseBatch
{
    private readonly double[] _valuation;
    private readonly double[] _exponent;
    private readonly double[] _logScale;
    private readonly double[] _logRivals;
    private readonly double[] _floor;
    private readonly double[] _cap;
    private readonly double[] _effort;
    private readonly double[] _payoff;
    private readonly double[] _root;
    private readonly BestResponse.LogBound[] _bounds; // of the valuation, exponent and floor the slot last held
    private readonly OddsTable?[] _roots; // the table of roots for the exponent the slot last held
    private readonly RootTables _tables;
    private bool _withPayoffs;

    /// <summary>Allocates <paramref name="slots"/> slots, whose problems start from the roots <paramref name="tables"/> gives.</summary>
    public ResponseBatch(int slots, RootTables tables)
    {
        _tables = tables;
        _valuation = new double[slots];
        _exponent = new double[slots];
        _logScale = new double[slots];
        _logRivals = new double[slots];
        _floor = new double[slots];
        _cap = new double[slots];
        _effort = new double[slots];
        _payoff = new double[slots];
        _root = new double[slots];
        _bounds = new BestResponse.LogBound[slots];
        _roots = new OddsTable?[slots];
        _valuation.AsSpan().Fill(double.NaN); // no slot's bounds are known yet
    }

    /// <summary>Each slot's best response once solved, ₩ billion; free to overwrite until the next solve.</summary>
    public Span<double> Efforts => _effort;

    /// <summary>Each slot's expected gain at its best response once solved, ₩ billion.</summary>
    public ReadOnlySpan<double> Payoffs => _payoff;

    /// <summary>Puts <paramref name="bid"/>'s problem in <paramref name="slot"/>, facing rivals of total strength
    /// exp(<paramref name="logRivals"/>).</summary>
    public void Set(int slot, in Bid bid, double logRivals)
    {
        if (bid.Valuation != _valuation[slot] || bid.Perceived.Exponent != _exponent[slot] || bid.Floor != _floor[slot])
        {
            // A new bid in the slot: from round to round a slot holds the same bid, whose bounds are those computed before.
            _bounds[slot] = BestResponse.LogBounds(bid.Valuation, bid.Perceived.Exponent, bid.Floor);
            _roots[slot] = _tables.For(bid.Perceived.Exponent);
        }
        _valuation[slot] = bid.Valuation;
        _exponent[slot] = bid.Perceived.Exponent;
        _logScale[slot] = bid.Perceived.LogScale;
        _logRivals[slot] = logRivals;
        _floor[slot] = bid.Floor;
        _cap[slot] = bid.Cap;
    }

    /// <summary>How many slots await solving (<see cref="Prepare"/>); 0 once solved.</summary>
    public int Pending { get; private set; }

    /// <summary>Marks the first <paramref name="n"/> slots as awaiting a solve; <paramref name="warm"/>: each slot's iteration
    /// will start from the root of the last solve, which must then have been the same bid's; <paramref name="payoffs"/>
    /// false: only the efforts are wanted.</summary>
    public void Prepare(int n, bool warm = false, bool payoffs = true)
    {
        if (!warm)
        {
            _root.AsSpan(0, n).Fill(double.NaN);
        }
        (Pending, _withPayoffs) = (n, payoffs);
    }

    /// <summary>Solves the slots awaiting it here and now.</summary>
    public void SolvePending()
    {
        var n = Pending;
        BestResponse.SolveMany(_valuation.AsSpan(0, n), _exponent.AsSpan(0, n), _logScale.AsSpan(0, n), _logRivals.AsSpan(0, n),
            _floor.AsSpan(0, n), _cap.AsSpan(0, n), _bounds.AsSpan(0, n), _roots.AsSpan(0, n), _root.AsSpan(0, n), _effort.AsSpan(0, n), _payoff.AsSpan(0, n), _withPayoffs);
        Pending = 0;
    }

    /// <summary>Solves the first <paramref name="n"/> slots at once, as <see cref="Prepare"/> and <see cref="SolvePending"/> do.</summary>
    public void Solve(int n, bool warm = false, bool payoffs = true)
    {
        Prepare(n, warm, payoffs);
        SolvePending();
    }

    /// <summary>Solves the slots awaiting it in every batch at once, each problem exactly as <see cref="SolvePending"/> would
    /// solve it (<see cref="NewtonColumns"/>): the problems of several competitions give Newton's iterations more chains to
    /// run side by side. <paramref name="cells"/> must hold <see cref="NewtonColumns.CellsFor"/> all their slots.</summary>
    public static void SolveTogether(ReadOnlySpan<ResponseBatch> batches, Span<double> cells)
    {
        var total = 0;
        foreach (var batch in batches)
        {
            total += batch.Pending;
        }
        var newton = new NewtonColumns(cells, total);
        var column = 0;
        foreach (var b in batches)
        {
            for (var i = 0; i < b.Pending; i++)
            {
                BestResponse.Start(newton, column++, b._valuation[i], b._exponent[i], b._logScale[i], b._logRivals[i], b._floor[i], b._cap[i], b._root[i],
                    b._bounds[i], b._roots[i]);
            }
        }
        newton.Run();
        column = 0;
        foreach (var b in batches)
        {
            for (var i = 0; i < b.Pending; i++)
            {
                b._effort[i] = BestResponse.Finish(newton, column++, b._valuation[i], b._exponent[i], b._logScale[i], b._logRivals[i], b._floor[i],
                    b._cap[i], b._bounds[i], b._withPayoffs, out b._payoff[i], out b._root[i]);
            }
            b.Pending = 0;
        }
    }

    /// <summary>Puts every bid's best-response problem against all the others at their current efforts in its slot (slot i for
    /// bid i, with k winners read as q / (q + Y/k)) and marks them as awaiting a solve; <paramref name="warm"/>: starting from
    /// the last solve's roots, which must have been of the same bids in the same slots; <paramref name="payoffs"/> false:
    /// only the efforts are wanted (<see cref="Payoffs"/> then holds NaN where they were not needed).</summary>
    public void PrepareAgainstEachOther(BidTable bids, double logWinners, bool warm = false, bool payoffs = true)
    {
        bids.PrepareStrengths();
        for (var i = 0; i < bids.Count; i++)
        {
            Set(i, bids[i], bids.LogRivals(i, 0UL) - logWinners);
        }
        Prepare(bids.Count, warm, payoffs);
    }
}
