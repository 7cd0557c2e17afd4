using Simulation.Core.Agents;
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
    /// <see cref="Behaviour.CapacityGainPerTrillionWonOfFund"/> capacity per ₩1,000 billion. One normal draw per region when
    /// the policy's discretion is positive, eligible or not, so that eligibility does not shift later draws.
    /// </summary>
    /// <returns>The amount shared out, ₩ billion (0 when no region is eligible).</returns>
    public double ShareOut(double size, RegionalGovernment[] governments, Behaviour behaviour, ref RandomStream random)
    {
        Array.Clear(_zoneTotals);
        var discretion = _policy.Discretion;
        for (var r = 0; r < governments.Length; r++)
        {
            var g = governments[r];
            var noise = discretion > 0 ? discretion * random.NextGaussian() : 0.0;
            var zone = _zoneOf[r];
            _weights[r] = zone >= 0 ? g.Population * Math.Exp(_plan.Merit(r, g.Capacity) + noise) : 0.0;
            if (zone >= 0)
            {
                _zoneTotals[zone] += _weights[r];
            }
        }
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
