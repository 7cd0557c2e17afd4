using System.Runtime.Intrinsics;
using Simulation.Core;
using Simulation.Core.Clusters;
using Simulation.Core.Regimes;

namespace Simulation.Benchmarks;

/// <summary>
/// A prototype, not the model: <see cref="LaneHeldClusters"/> with eight replications a vector (<see cref="Vector512{T}"/>)
/// instead of four, the same operations in the same order, to measure whether the wider vectors of this machine's
/// processor change what state held lane by lane gains (docs/performance.md).
/// </summary>
public sealed class LaneHeldClusters8
{
    private readonly OwnClusterRules _rules;
    private readonly Vector512<double>[] _capacity, _yearlyBudget, _budgetLeft, _resources;
    private readonly Vector512<long>[] _running, _built, _started, _completed, _stalled;
    private readonly double[] _budget;

    /// <summary>Lanes for the regions of <paramref name="budget"/> (each region's yearly budget), under <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentException">The rules plan clusters, which this prototype does not follow.</exception>
    public LaneHeldClusters8(OwnClusterRules rules, double[] budget)
    {
        if (rules.Planned.Count > 0)
        {
            throw new ArgumentException("The prototype follows rules without planned clusters.", nameof(rules));
        }
        _rules = rules;
        _budget = budget;
        var n = budget.Length;
        (_capacity, _yearlyBudget, _budgetLeft, _resources) = (new Vector512<double>[n], new Vector512<double>[n], new Vector512<double>[n], new Vector512<double>[n]);
        (_running, _built, _started, _completed, _stalled) = (new Vector512<long>[n], new Vector512<long>[n], new Vector512<long>[n], new Vector512<long>[n], new Vector512<long>[n]);
    }

    /// <summary>Starts eight replications from each region's initial capacity.</summary>
    public void Reset(ReadOnlySpan<double> capacity)
    {
        for (var r = 0; r < _capacity.Length; r++)
        {
            _capacity[r] = Vector512.Create(capacity[r]);
            _resources[r] = default;
            _running[r] = _built[r] = _started[r] = _completed[r] = _stalled[r] = default;
        }
    }

    /// <summary>One year in the eight replications, as <see cref="LaneHeldClusters.Year"/>.</summary>
    public void Year(PolicyRegime regime, ReadOnlySpan<double> scarcity, ref MaskedLaneStreams8 random)
    {
        var start = _rules.Start;
        var stall = _rules.Stall;
        var duration = Math.Max(_rules.DurationYears, 1);
        var yearly = _rules.CostBillionWon / duration;
        var grant = regime.GrantShareOfOwnClusters * yearly;
        var own = yearly - grant;
        for (var r = 0; r < _capacity.Length; r++)
        {
            _yearlyBudget[r] = _budgetLeft[r] = Vector512.Create(_budget[r]);
            var idle = Vector512.Equals(_running[r], Vector512<long>.Zero);
            if (idle != Vector512<long>.Zero)
            {
                var u = random.NextUniform(idle.AsUInt64());
                var odds = ((Vector512.Create(start.Intercept + (start.Scarcity * scarcity[r])) + (Vector512.Create(start.Capacity) * _capacity[r]))
                    + Vector512.Create(start.SelfHelpPressure * regime.SelfHelpPressure));
                var starts = Decide(u, odds).AsInt64() & idle;
                _built[r] = Vector512.ConditionalSelect(starts, Vector512<long>.Zero, _built[r]);
                _started[r] -= starts;
                _running[r] -= starts;
            }
            var live = ~Vector512.Equals(_running[r], Vector512<long>.Zero);
            if (live == Vector512<long>.Zero)
            {
                continue;
            }
            _budgetLeft[r] = Vector512.ConditionalSelect(live.AsDouble(), _budgetLeft[r] - Vector512.Create(own), _budgetLeft[r]);
            var yb = _yearlyBudget[r];
            var strain = Vector512.ConditionalSelect(Vector512.GreaterThan(yb, Vector512<double>.Zero), Vector512.Create(own) / yb, Vector512.Create(10.0));
            var stallOdds = ((Vector512.Create(stall.Intercept) + (Vector512.Create(stall.Capacity) * _capacity[r]))
                + Vector512.Create(stall.GrantShare * regime.GrantShareOfOwnClusters)) + (Vector512.Create(stall.BudgetStrain) * strain);
            var su = random.NextUniform(live.AsUInt64());
            var stalls = Decide(su, stallOdds).AsInt64() & live;
            var built = _built[r] + (live & ~stalls & Vector512<long>.One);
            _built[r] = built;
            var done = live & ~stalls & Vector512.GreaterThanOrEqual(built, Vector512.Create((long)duration));
            _stalled[r] -= stalls;
            _completed[r] -= done;
            _running[r] += stalls | done;
            _capacity[r] = Vector512.ConditionalSelect(done.AsDouble(), _capacity[r] + Vector512.Create(_rules.CapacityGainOnCompletion), _capacity[r]);
            _resources[r] += live.AsDouble() & Vector512.Create(grant);
        }
    }

    /// <summary>Region <paramref name="region"/>'s counts and capacity in lane <paramref name="lane"/>, to compare with the agents.</summary>
    public (long Started, long Completed, long Stalled, double Capacity, double Resources) State(int region, int lane) =>
        (_started[region][lane], _completed[region][lane], _stalled[region][lane], _capacity[region][lane], _resources[region][lane]);

    // Logit.DecideLanes in eight lanes, as all ones where the option is chosen: the same bound, approximation and margin,
    // a lane inside the margin settled exactly by itself.
    private static Vector512<double> Decide(Vector512<double> uniform, Vector512<double> x)
    {
        var a = Vector512.Abs(x);
        var one = Vector512<double>.One;
        var taylor = one + (a * (one + (a * (Vector512.Create(0.5) + (a * (Vector512.Create(1.0 / 6.0) + (a * Vector512.Create(1.0 / 24.0))))))));
        var positive = Vector512.GreaterThan(x, Vector512<double>.Zero);
        var side = Vector512.ConditionalSelect(positive, one - uniform, uniform);
        var far = Vector512.GreaterThanOrEqual(side * taylor, one);
        var t = ExpNegativeApproximately(Vector512.Min(a, Vector512.Create(699.0)));
        var difference = (side * (one + t)) - t;
        var margin = (Vector512.Create(1e-6) * t) + Vector512.Create(4e-15);
        var above = Vector512.GreaterThanOrEqual(difference, margin);
        var near = Vector512.LessThan(a, Vector512.Create(700.0)) & (above | Vector512.LessThanOrEqual(difference, -margin));
        var chosen = Vector512.ConditionalSelect(far | above, positive, ~positive);
        var unsettled = ~(far | near).ExtractMostSignificantBits() & 0xFFUL;
        for (; unsettled != 0; unsettled &= unsettled - 1)
        {
            var lane = System.Numerics.BitOperations.TrailingZeroCount(unsettled);
            var exact = uniform[lane] < Logit.Probability(x[lane]) ? -1L : 0L;
            chosen = chosen.AsInt64().WithElement(lane, exact).AsDouble();
        }
        return chosen;
    }

    private static Vector512<double> ExpNegativeApproximately(Vector512<double> a)
    {
        const double Log2E = 1.4426950408889634;
        const double Ln2 = 0.6931471805599453;
        var n = Vector512.Round(a * Vector512.Create(Log2E));
        var r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2), a);
        var r2 = r * r;
        var low = Vector512<double>.One - r + (r2 * (Vector512.Create(0.5) - (r * Vector512.Create(1.0 / 6.0))));
        var high = Vector512.Create(1.0 / 24.0) - (r * Vector512.Create(1.0 / 120.0)) + (r2 * Vector512.Create(1.0 / 720.0));
        var power = Vector512.ShiftLeft(Vector512.Create(1023L) - Vector512.ConvertToInt64(n), 52).AsDouble();
        return (low + (r2 * r2 * high)) * power;
    }
}
