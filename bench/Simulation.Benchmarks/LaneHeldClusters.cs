using System.Runtime.Intrinsics;
using Simulation.Core;
using Simulation.Core.Agents;
using Simulation.Core.Clusters;
using Simulation.Core.Regimes;

namespace Simulation.Benchmarks;

/// <summary>
/// A prototype, not the model: the own-cluster submodel (ODD §7.5) for four replications side by side with every region's
/// state held lane by lane (a structure of arrays), to measure what that layout gains over the model's agents before the
/// model is rewritten for it (docs/performance.md). It follows <see cref="RegionalGovernment.FundOwnCluster"/> operation
/// for operation, for rules without planned clusters, so that a region has at most one cluster under construction.
/// </summary>
public sealed class LaneHeldClusters
{
    private readonly OwnClusterRules _rules;
    private readonly Vector256<double>[] _capacity, _yearlyBudget, _budgetLeft, _resources;
    private readonly Vector256<long>[] _running, _built, _started, _completed, _stalled;
    private readonly double[] _budget;

    /// <summary>Lanes for the regions of <paramref name="budget"/> (each region's yearly budget), under <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentException">The rules plan clusters, which this prototype does not follow.</exception>
    public LaneHeldClusters(OwnClusterRules rules, double[] budget)
    {
        if (rules.Planned.Count > 0)
        {
            throw new ArgumentException("The prototype follows rules without planned clusters.", nameof(rules));
        }
        _rules = rules;
        _budget = budget;
        var n = budget.Length;
        (_capacity, _yearlyBudget, _budgetLeft, _resources) = (new Vector256<double>[n], new Vector256<double>[n], new Vector256<double>[n], new Vector256<double>[n]);
        (_running, _built, _started, _completed, _stalled) = (new Vector256<long>[n], new Vector256<long>[n], new Vector256<long>[n], new Vector256<long>[n], new Vector256<long>[n]);
    }

    /// <summary>Starts four replications from each region's initial capacity.</summary>
    public void Reset(ReadOnlySpan<double> capacity)
    {
        for (var r = 0; r < _capacity.Length; r++)
        {
            _capacity[r] = Vector256.Create(capacity[r]);
            _resources[r] = default;
            _running[r] = _built[r] = _started[r] = _completed[r] = _stalled[r] = default;
        }
    }

    /// <summary>One year in the four replications: budgets open, then each region's start choice (where nothing is under
    /// construction) and its running cluster's payment and stall choice, each lane drawing from its own stream.</summary>
    public void Year(PolicyRegime regime, ReadOnlySpan<double> scarcity, ref MaskedLaneStreams random)
    {
        var start = _rules.Start;
        var stall = _rules.Stall;
        var duration = Math.Max(_rules.DurationYears, 1);
        var yearly = _rules.CostBillionWon / duration;
        var grant = regime.GrantShareOfOwnClusters * yearly;
        var own = yearly - grant;
        for (var r = 0; r < _capacity.Length; r++)
        {
            _yearlyBudget[r] = _budgetLeft[r] = Vector256.Create(_budget[r]);
            var idle = Vector256.Equals(_running[r], Vector256<long>.Zero);
            if (idle != Vector256<long>.Zero)
            {
                var u = random.NextUniform(idle.AsUInt64());
                var odds = ((Vector256.Create(start.Intercept + (start.Scarcity * scarcity[r])) + (Vector256.Create(start.Capacity) * _capacity[r]))
                    + Vector256.Create(start.SelfHelpPressure * regime.SelfHelpPressure));
                var starts = MaskedLaneStreams.Mask(Logit.DecideLanes(u, odds)).AsInt64() & idle;
                _built[r] = Vector256.ConditionalSelect(starts, Vector256<long>.Zero, _built[r]);
                _started[r] -= starts;
                _running[r] -= starts;
            }
            var live = ~Vector256.Equals(_running[r], Vector256<long>.Zero);
            if (live == Vector256<long>.Zero)
            {
                continue;
            }
            _budgetLeft[r] = Vector256.ConditionalSelect(live.AsDouble(), _budgetLeft[r] - Vector256.Create(own), _budgetLeft[r]);
            var yb = _yearlyBudget[r];
            var strain = Vector256.ConditionalSelect(Vector256.GreaterThan(yb, Vector256<double>.Zero), Vector256.Create(own) / yb, Vector256.Create(10.0));
            var stallOdds = ((Vector256.Create(stall.Intercept) + (Vector256.Create(stall.Capacity) * _capacity[r]))
                + Vector256.Create(stall.GrantShare * regime.GrantShareOfOwnClusters)) + (Vector256.Create(stall.BudgetStrain) * strain);
            var su = random.NextUniform(live.AsUInt64());
            var stalls = MaskedLaneStreams.Mask(Logit.DecideLanes(su, stallOdds)).AsInt64() & live;
            var built = _built[r] + (live & ~stalls & Vector256<long>.One);
            _built[r] = built;
            var done = live & ~stalls & Vector256.GreaterThanOrEqual(built, Vector256.Create((long)duration));
            _stalled[r] -= stalls;
            _completed[r] -= done;
            _running[r] += stalls | done;
            _capacity[r] = Vector256.ConditionalSelect(done.AsDouble(), _capacity[r] + Vector256.Create(_rules.CapacityGainOnCompletion), _capacity[r]);
            _resources[r] += live.AsDouble() & Vector256.Create(grant);
        }
    }

    /// <summary>Region <paramref name="region"/>'s counts and capacity in lane <paramref name="lane"/>, to compare with the agents.</summary>
    public (long Started, long Completed, long Stalled, double Capacity, double Resources) State(int region, int lane) =>
        (_started[region][lane], _completed[region][lane], _stalled[region][lane], _capacity[region][lane], _resources[region][lane]);
}
