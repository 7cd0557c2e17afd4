using System.Runtime.Intrinsics;
using Simulation.Core.Regions;

namespace Simulation.Core.Signals;

/// <summary>
/// A list of criteria compiled against a scenario: the static part of each region's score is summed once,
/// leaving only the dynamic signals (capacity, joint bid, effort) to add in the hot loop.
/// </summary>
public sealed class ScorePlan
{
    private readonly double[] _static;

    /// <summary>Compiles <paramref name="criteria"/> for the given regions; alignment reads <paramref name="alignmentAttribute"/>.</summary>
    public ScorePlan(IEnumerable<Criterion> criteria, IReadOnlyList<Region> regions, StandardScores scores, int alignmentAttribute)
    {
        _static = new double[regions.Count];
        foreach (var criterion in criteria)
        {
            var w = criterion.Weight;
            switch (criterion.Signal.Kind)
            {
                case SignalKind.Capacity:
                    CapacityWeight += w;
                    break;
                case SignalKind.JointBid:
                    JointBidWeight += w;
                    break;
                case SignalKind.Effort:
                    EffortWeight += w;
                    break;
                default:
                    for (var r = 0; r < regions.Count; r++)
                    {
                        _static[r] += w * criterion.Signal.Kind switch
                        {
                            SignalKind.Alignment => scores.Attribute(alignmentAttribute)[r],
                            SignalKind.CapitalRegion => regions[r].CapitalRegion ? 1.0 : 0.0,
                            _ => scores.Of(criterion.Signal, r),
                        };
                    }
                    break;
            }
        }
    }

    /// <summary>Total weight on the region's evolving capacity.</summary>
    public double CapacityWeight { get; }

    /// <summary>Total weight on being a joint bid.</summary>
    public double JointBidWeight { get; }

    /// <summary>Total weight on effort.</summary>
    public double EffortWeight { get; }

    /// <summary>Returns a region's score without effort, given its current capacity.</summary>
    public double Merit(int region, double capacity) => _static[region] + CapacityWeight * capacity;

    /// <summary>Returns a region's score without effort in four replications at once, each lane exactly what
    /// <see cref="Merit(int, double)"/> gives for its capacity.</summary>
    internal Vector256<double> Merit(int region, Vector256<double> capacity) =>
        Vector256.Create(_static[region]) + (Vector256.Create(CapacityWeight) * capacity);
}
