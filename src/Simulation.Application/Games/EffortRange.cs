using System.Globalization;
using Simulation.Experiments.Games;

namespace Simulation.Application.Games;

/// <summary>
/// The efforts a round lets a region bid, as its students read them. The page shows amounts in ₩ billion to one decimal
/// (<see cref="GameComparison.Money"/>: a most of 183.497 reads "₩183.5 bn"), so an effort is taken when it reads as an amount
/// within the range the page shows, and counts as the nearest effort the region can really spend (₩183.5 bn typed for that
/// most counts as 183.497): a student who types what the page shows is never refused, and no region spends beyond its budget.
/// </summary>
/// <param name="Floor">Least a bid costs, ₩ billion.</param>
/// <param name="Cap">Most the region can spend this year, ₩ billion (never below <paramref name="Floor"/>).</param>
public readonly record struct EffortRange(double Floor, double Cap)
{
    /// <summary>The range of a player's brief.</summary>
    public static EffortRange Of(RoundBrief brief) => new(brief.EffortFloorBillionWon, brief.EffortCapBillionWon);

    /// <summary>Whether the page shows a single amount: to the tenth of a billion it shows, what is left of the year's budget
    /// covers no more than the smallest bid.</summary>
    public bool Single => Shown(Cap) <= Shown(Floor);

    /// <summary>What the refusal of an effort outside the range says, in the page's units and rounding.</summary>
    public string Refusal => Single
        ? $"must be {GameComparison.Money(Floor)} this round: what is left of this year's budget covers no more than the smallest bid"
        : $"must be between {GameComparison.Money(Floor)} and {GameComparison.Money(Cap)} this round";

    /// <summary>The effort counted for <paramref name="effort"/> ₩ billion: the end it reads as (the floor first, when the
    /// range reads as one amount), so that typing the most the page shows spends the most the region can; itself when it reads
    /// as an amount strictly within; null when it reads as an amount outside.</summary>
    public double? Take(double effort)
    {
        var shown = Shown(effort);
        return shown == Shown(Floor) ? Floor
            : shown == Shown(Cap) ? Math.Max(Floor, Cap)
            : shown > Shown(Floor) && shown < Shown(Cap) ? Math.Clamp(effort, Floor, Math.Max(Floor, Cap))
            : null;
    }

    // The amount the page shows for an effort, rounded to a tenth of a billion as it is written: .NET's custom format, like the
    // page's toLocaleString, rounds the number's decimal digits half away from zero (2.05 reads "2.1", though the double lies
    // a hair below 2.05).
    private static double Shown(double billionWon) =>
        double.Parse(billionWon.ToString("0.0", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
