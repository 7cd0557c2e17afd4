using System.Runtime.Intrinsics;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;

namespace Simulation.Core.Agents;

/// <summary>
/// Designations made in four replications side by side (<see cref="LaneStreams"/>), where the sites of a year do not depend
/// on one another: the draws and choices of a site in the lanes together, the booking replication by replication.
/// </summary>
public sealed partial class NationalGovernment
{
    private double[]? _laneStallOdds; // lane × region: the log-odds of a designation stalling, for the year's sites

    /// <summary>Returns true when this year's <paramref name="count"/> designations of <paramref name="programme"/> under
    /// <paramref name="regime"/> are independent draws here: a logit draw (not the best site) whose weights were computed
    /// once because merit does not depend on capacity, from a positive total; no eligible region can reach the programme's
    /// cap this year, so no weight changes; and no delivery this year raises a host's capacity, on which stalling
    /// depends. <see cref="MakeDesignationsTogether"/> may then make them.</summary>
    internal bool DesignatesIndependently(int programme, int regime, int count)
    {
        var spec = _scenario.Programmes[programme];
        if (spec.Discretion <= 0 || _openSiteSums[programme, regime] is not { } sums || !(sums[^1] > 0)
            || (spec.CountsAsNationalResources && spec.Delivery.LagYears == 0))
        {
            return false;
        }
        var designations = _designations.AsSpan(programme * _regions, _regions);
        var caps = _caps.AsSpan(programme * _regions, _regions);
        for (var r = 0; r < _regions; r++)
        {
            if (caps[r] > 0 && designations[r] + count >= caps[r])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Makes one year's designations of <paramref name="programme"/> in up to four replications at once, each exactly
    /// as <see cref="MakeDesignations"/> would, where every replication's <see cref="DesignatesIndependently"/> holds: a
    /// site's region, category, stall and value factor drawn in the lanes together from each replication's stream in the
    /// order it draws them alone, then booked replication by replication.</summary>
    /// <param name="models">The replications, one per lane; lanes past them draw without booking.</param>
    /// <param name="governments">Each lane's regional governments (lanes past the replications repeat the last one's).</param>
    /// <param name="programme">The programme.</param>
    /// <param name="regime">The regime in force in every lane.</param>
    /// <param name="random">The replications' streams, lane by lane.</param>
    internal static void MakeDesignationsTogether(ReadOnlySpan<SimulationModel> models, ReadOnlySpan<RegionalGovernment[]> governments, int programme,
        int regime, ref LaneStreams random)
    {
        var first = models[0].National;
        var spec = first._scenario.Programmes[programme];
        var year = models[0].Year;
        var count = (int)Math.Round(spec.DesignationsPerYear, MidpointRounding.AwayFromZero);
        var sites = first._openSiteSums[programme, regime]!;
        var categories = first._categorySums[programme];
        var drawsCategory = categories.Length > 0 && categories[^1] > 0;
        var delivery = spec.Delivery;
        var canStall = delivery.CanStall;
        var spread = delivery.Spread;
        var halfVariance = spread * spread / 2;
        var stallOdds = first._laneStallOdds ??= new double[LaneStreams.Count * first._regions];
        for (var lane = 0; lane < LaneStreams.Count; lane++)
        {
            var hosts = governments[lane];
            for (var r = 0; r < first._regions; r++)
            {
                stallOdds[(lane * first._regions) + r] = delivery.StallIntercept + (delivery.StallCapacity * hosts[r].Capacity);
            }
        }
        Span<int> regions = stackalloc int[LaneStreams.Count];
        Span<int> drawnCategories = stackalloc int[LaneStreams.Count];
        Span<int> stalled = stackalloc int[LaneStreams.Count];
        for (var d = 0; d < count; d++)
        {
            Pick(random.NextUniform(), sites, regions);
            drawnCategories.Fill(-1);
            if (drawsCategory)
            {
                Pick(random.NextUniform(), categories, drawnCategories);
            }
            var stalls = 0;
            if (canStall)
            {
                var odds = Vector256.Create(stallOdds[regions[0]], stallOdds[first._regions + regions[1]],
                    stallOdds[(2 * first._regions) + regions[2]], stallOdds[(3 * first._regions) + regions[3]]);
                stalls = Logit.DecideLanes(random.NextUniform(), odds);
            }
            var gaussian = random.NextGaussian();
            for (var lane = 0; lane < models.Length; lane++)
            {
                var factor = Math.Exp((spread * gaussian[lane]) - halfVariance);
                var stallsHere = (stalls & (1 << lane)) != 0;
                stalled[lane] += stallsHere ? 1 : 0;
                models[lane].National.Book(spec, programme, year, regions[lane], drawnCategories[lane], stallsHere, factor, governments[lane],
                    models[lane].Outcome);
            }
        }
        for (var lane = 0; lane < models.Length; lane++)
        {
            models[lane].Outcome.StalledDesignations[programme] += stalled[lane];
        }
    }

    // One designation made here, as MakeDesignations books it once drawn (the programme's sites being independent).
    private void Book(DesignationProgramme spec, int programme, int year, int region, int category, bool stalls, double factor,
        RegionalGovernment[] governments, ReplicationOutcome outcome)
    {
        _designations[(programme * _regions) + region]++;
        var value = spec.ValuePerDesignation;
        if (category >= 0)
        {
            outcome.PlannedByCategory[_categoryOffsets[programme] + category] += value;
        }
        if (stalls)
        {
            return;
        }
        if (spec.Delivery.LagYears == 0)
        {
            Deliver(spec, programme, governments[region], category, value * factor, outcome, _scenario.Behaviour);
        }
        else
        {
            Deliveries.Add(year + spec.Delivery.LagYears, programme, region, category, value * factor);
        }
    }

    // Each lane's index drawn as RandomStream.NextIndexFromSums draws it from the running sums (whose total is positive), given
    // the lanes' uniforms: the count of sums at or below the uniform times the total.
    private static void Pick(Vector256<double> uniform, ReadOnlySpan<double> sums, Span<int> chosen)
    {
        var target = uniform * Vector256.Create(sums[^1]);
        var below = Vector256<long>.Zero;
        foreach (var sum in sums)
        {
            below -= Vector256.LessThanOrEqual(Vector256.Create(sum), target).AsInt64();
        }
        for (var lane = 0; lane < LaneStreams.Count; lane++)
        {
            var index = (int)below[lane];
            if (index == sums.Length)
            {
                // Rounding put the target at the total: the last entry with a positive weight.
                index = sums.Length - 1;
                while (index > 0 && sums[index - 1] >= sums[index])
                {
                    index--;
                }
            }
            chosen[lane] = index;
        }
    }
}
