using System.Runtime.Intrinsics;
using Simulation.Core.Agents;
using Simulation.Core.Numerics;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Programmes;

/// <summary>
/// Shares out a regime's regional fund each year (the balanced-development account, paper §3.1, or what a regime puts
/// in its place): w_i = population_i · exp(m_i + d·ε_i) for eligible regions (0 otherwise), and
/// share_i = w_i / Σ w over the eligible regions, or, when the policy has zones, share_z · w_i / Σ_{j in z} w_j.
/// Fund money builds capacity at its own rate. Buffers are reused.
/// </summary>
public sealed class RegionalFund
{
    private readonly FundPolicy _policy;
    private readonly ScorePlan _plan;
    private readonly int[] _zoneOf; // -1: no share (outside every zone, or not eligible)
    private readonly double[] _weights;
    private readonly double[] _zoneTotals;
    private readonly double[] _zoneShares; // each zone's share of the fund (1 for the one zone of a policy without zones)
    private Vector256<double>[]? _laneWeights, _laneTotals; // of four replications shared out together

    /// <summary>Compiles a regime's fund policy against the scenario.</summary>
    public RegionalFund(FundPolicy policy, ScorePlan plan, int regions)
    {
        _policy = policy;
        _plan = plan;
        _zoneOf = new int[regions];
        Array.Fill(_zoneOf, policy.Zones.Count == 0 ? 0 : -1);
        for (var z = 0; z < policy.Zones.Count; z++)
        {
            foreach (var member in policy.Zones[z].Members)
            {
                _zoneOf[member] = z;
            }
        }
        for (var r = 0; r < regions; r++)
        {
            _zoneOf[r] = policy.Admits(r) ? _zoneOf[r] : -1;
        }
        _weights = new double[regions];
        _zoneTotals = new double[Math.Max(policy.Zones.Count, 1)];
        _zoneShares = policy.Zones.Count == 0 ? [1.0] : [.. policy.Zones.Select(z => z.Share)];
    }

    /// <summary>
    /// Shares out <paramref name="size"/> ₩ billion: every region books its share as resources received and gains
    /// <see cref="Behaviour.CapacityGainPerTrillionWonOfFund"/> capacity per ₩1,000 billion. One normal draw per region, eligible
    /// or not and whatever the policy's discretion (a discretion of 0 multiplies it by 0), so that neither shifts later draws.
    /// </summary>
    /// <returns>The amount shared out, ₩ billion (0 when no region is eligible).</returns>
    public double ShareOut(double size, RegionalGovernment[] governments, Behaviour behaviour, ref RandomStream random)
    {
        Array.Clear(_zoneTotals);
        var discretion = _policy.Discretion;
        for (var r = 0; r < governments.Length; r++)
        {
            var g = governments[r];
            var noise = discretion * random.NextGaussian();
            var zone = _zoneOf[r];
            _weights[r] = zone >= 0 ? g.Population * LaneMath.Exp(_plan.Merit(r, g.Capacity) + noise) : 0.0;
            if (zone >= 0)
            {
                _zoneTotals[zone] += _weights[r];
            }
        }
        return Pay(size, governments, behaviour);
    }

    /// <summary>Shares out <paramref name="size"/> ₩ billion in four replications at once (<see cref="LaneStreams"/>), each
    /// exactly as <see cref="ShareOut"/> would: the weights' draws and exponentials in the lanes together, the payments
    /// replication by replication.</summary>
    /// <param name="size">The fund, ₩ billion.</param>
    /// <param name="lanes">Each replication's regional governments.</param>
    /// <param name="behaviour">The governments' behaviour.</param>
    /// <param name="random">The replications' streams, lane by lane.</param>
    /// <param name="spent">Receives each replication's amount shared out, ₩ billion.</param>
    internal void ShareOutTogether(double size, ReadOnlySpan<RegionalGovernment[]> lanes, Behaviour behaviour, ref LaneStreams random, Span<double> spent)
    {
        var discretion = Vector256.Create(_policy.Discretion);
        var weights = _laneWeights ??= new Vector256<double>[_weights.Length];
        var totals = _laneTotals ??= new Vector256<double>[_zoneTotals.Length];
        Array.Clear(totals);
        for (var r = 0; r < weights.Length; r++)
        {
            var noise = discretion * random.NextGaussian();
            var zone = _zoneOf[r];
            if (zone < 0)
            {
                weights[r] = Vector256<double>.Zero;
                continue;
            }
            var capacity = Vector256.Create(lanes[0][r].Capacity, lanes[Math.Min(1, lanes.Length - 1)][r].Capacity,
                lanes[Math.Min(2, lanes.Length - 1)][r].Capacity, lanes[Math.Min(3, lanes.Length - 1)][r].Capacity);
            var merit = _plan.Merit(r, capacity);
            weights[r] = Vector256.Create(lanes[0][r].Population) * LaneMath.Exp(merit + noise);
            totals[zone] += weights[r];
        }
        for (var lane = 0; lane < lanes.Length; lane++)
        {
            for (var r = 0; r < weights.Length; r++)
            {
                _weights[r] = weights[r][lane];
            }
            for (var z = 0; z < totals.Length; z++)
            {
                _zoneTotals[z] = totals[z][lane];
            }
            spent[lane] = Pay(size, lanes[lane], behaviour);
        }
    }

    // Pays each region its share of size by the weights and zone totals in the buffers; returns the amount paid (0 when no
    // region is eligible).
    private double Pay(double size, RegionalGovernment[] governments, Behaviour behaviour)
    {
        var shareSum = 0.0;
        for (var z = 0; z < _zoneTotals.Length; z++)
        {
            shareSum += _zoneTotals[z] > 0 ? _zoneShares[z] : 0.0;
        }
        if (shareSum <= 0)
        {
            return 0.0;
        }
        for (var r = 0; r < governments.Length; r++)
        {
            var zone = _zoneOf[r];
            if (_weights[r] > 0)
            {
                var amount = size * (_zoneShares[zone] / shareSum) * _weights[r] / _zoneTotals[zone];
                governments[r].Receive(amount);
                governments[r].Capacity += behaviour.CapacityGainPerTrillionWonOfFund * amount / 1000.0;
            }
        }
        return size;
    }
}
