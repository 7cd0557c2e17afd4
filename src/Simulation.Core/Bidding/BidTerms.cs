using Simulation.Core.Agents;
using Simulation.Core.Projects;
using Simulation.Core.Selection;
using Simulation.Core.Signals;

namespace Simulation.Core.Bidding;

/// <summary>
/// The terms a bid starts from (ODD §7.4.1–7.4.2): its merit, its value of the prize, the least and the most it can spend,
/// and its starting effort. Defined once, so that a competition's bids and the game's brief to a player give the same numbers.
/// </summary>
/// <param name="Merit">Non-effort score under the project's criteria and the regime's tilt.</param>
/// <param name="Valuation">Value of the prize to the bid, ₩ billion.</param>
/// <param name="Floor">The least the bid costs (its preparation), ₩ billion.</param>
/// <param name="Cap">The most the members can spend on it, ₩ billion (never below <paramref name="Floor"/>).</param>
/// <param name="StartingEffort">The effort the members expect to put in before weighing the rivals, ₩ billion.</param>
public readonly record struct BidTerms(double Merit, double Valuation, double Floor, double Cap, double StartingEffort)
{
    /// <summary>The least a bid costs: its preparation, and never less than a billionth of the prize, so that every bid's
    /// effort is positive.</summary>
    public static double EffortFloor(Behaviour behaviour, NationalProject project) =>
        Math.Max(behaviour.BidPreparationCostBillionWon, 1e-9 * project.PrizeValuePerWinner);

    /// <summary>The terms of <paramref name="government"/>'s single bid for <paramref name="project"/> under <paramref name="plan"/>.</summary>
    public static BidTerms Single(RegionalGovernment government, NationalProject project, ScorePlan plan, Behaviour behaviour)
    {
        var merit = plan.Merit(government.Index, government.Capacity);
        var valuation = project.PrizeValuePerWinner * project.ValuationMultipliers[government.Index];
        var floor = EffortFloor(behaviour, project);
        var cap = Math.Max(floor, government.EffortCap(behaviour));
        return new BidTerms(merit, valuation, floor, cap, Math.Clamp(government.ExpectedIntensity * valuation, floor, cap));
    }

    /// <summary>The terms of the joint bid of <paramref name="members"/> (bit i = region i): population-weighted merit plus the
    /// plan's joint-bid weight, population-weighted value and starting intensity, and the members' caps summed.</summary>
    /// <param name="members">Set of member regions.</param>
    /// <param name="governments">Every regional government, in scenario order.</param>
    /// <param name="project">The project bid for.</param>
    /// <param name="plan">The project's score plan under the regime in force.</param>
    /// <param name="behaviour">The governments' behaviour.</param>
    /// <param name="population">Combined population of the members, thousand persons.</param>
    public static BidTerms Joint(ulong members, ReadOnlySpan<RegionalGovernment> governments, NationalProject project, ScorePlan plan,
        Behaviour behaviour, out double population)
    {
        double merit = 0, multiplier = 0, cap = 0, intensity = 0;
        population = 0;
        for (var r = 0; r < governments.Length; r++)
        {
            if ((members & (1UL << r)) == 0)
            {
                continue;
            }
            var g = governments[r];
            population += g.Population;
            merit += g.Population * plan.Merit(r, g.Capacity);
            multiplier += g.Population * project.ValuationMultipliers[r];
            intensity += g.Population * g.ExpectedIntensity;
            cap += g.EffortCap(behaviour);
        }
        merit = (merit / population) + plan.JointBidWeight;
        var valuation = project.PrizeValuePerWinner * multiplier / population;
        var floor = EffortFloor(behaviour, project);
        cap = Math.Max(floor, cap);
        return new BidTerms(merit, valuation, floor, cap, Math.Clamp(intensity / population * valuation, floor, cap));
    }

    /// <summary>A bid of <paramref name="members"/> on these terms, at its starting effort, perceiving the contest as
    /// <paramref name="perceived"/>.</summary>
    public Bid ToBid(ulong members, double population, PerceivedContest perceived) => new()
    {
        Members = members,
        Lead = System.Numerics.BitOperations.TrailingZeroCount(members),
        Population = population,
        Merit = Merit,
        Valuation = Valuation,
        Floor = Floor,
        Cap = Cap,
        Effort = StartingEffort,
        Perceived = perceived,
    };
}
