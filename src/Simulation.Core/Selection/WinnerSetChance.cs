using System.Numerics;
using Simulation.Core.Randomness;

namespace Simulation.Core.Selection;

/// <summary>
/// The chance that given bids are all among the k winners when winners are drawn one after another in proportion to
/// weight, and a draw of the winners conditional on it. Computing the chance instead of counting how often it happens is
/// what lets a rare historical outcome be scored with a tight interval (a Rao–Blackwellised estimate).
/// </summary>
public static class WinnerSetChance
{
    /// <summary>Returns P(every bid in <paramref name="required"/> is among the first <paramref name="winners"/> draws).</summary>
    /// <param name="weights">Each bid's draw weight (≥ 0, not all 0); positions are bits of the masks.</param>
    /// <param name="required">Bit mask of the bids that must win.</param>
    /// <param name="winners">k, the number of winners.</param>
    public static double Of(ReadOnlySpan<double> weights, ulong required, int winners)
    {
        if (weights.Length > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "at most 64 bids");
        }
        var all = weights.Length == 64 ? ulong.MaxValue : (1UL << weights.Length) - 1;
        return AmongFirst(weights, all, required & all, winners);
    }

    /// <summary>Draws the winners given that every bid in <paramref name="required"/> is among them, into
    /// <paramref name="chosen"/> (its length is the number of winners) in the order drawn, and returns the chance that
    /// condition had (as <see cref="Of"/>). When the chance is 0 nothing is drawn and <paramref name="chosen"/> is left as it is.</summary>
    public static double DrawGiven(ReadOnlySpan<double> weights, ulong required, ref RandomStream random, Span<int> chosen)
    {
        var chance = Of(weights, required, chosen.Length);
        if (chance <= 0)
        {
            return 0.0;
        }
        var left = weights.Length == 64 ? ulong.MaxValue : (1UL << weights.Length) - 1;
        Span<double> next = stackalloc double[weights.Length];
        for (var w = 0; w < chosen.Length; w++)
        {
            // P(next draw is j | condition) ∝ P(next draw is j) · P(condition holds among the draws after it).
            var k = chosen.Length - w;
            for (var j = 0; j < weights.Length; j++)
            {
                var bit = 1UL << j;
                next[j] = (left & bit) == 0 || weights[j] <= 0 ? 0.0 : weights[j] * AmongFirst(weights, left & ~bit, required & ~bit, k - 1);
            }
            var pick = random.NextIndex(next);
            chosen[w] = pick;
            left &= ~(1UL << pick);
            required &= ~(1UL << pick);
        }
        return chance;
    }

    // P(the bids in `required` are all among the next k draws from the bids in `left`). The cost grows as (bids)^k, which
    // the few winners projects have keep small; sets the draws cannot cover are cut off at once.
    private static double AmongFirst(ReadOnlySpan<double> weights, ulong left, ulong required, int k)
    {
        if (required == 0)
        {
            return 1.0;
        }
        if (BitOperations.PopCount(required) > k || (required & left) != required)
        {
            return 0.0;
        }
        var total = 0.0;
        for (var m = left; m != 0; m &= m - 1)
        {
            total += weights[BitOperations.TrailingZeroCount(m)];
        }
        if (total <= 0)
        {
            return 0.0;
        }
        var chance = 0.0;
        for (var m = left; m != 0; m &= m - 1)
        {
            var j = BitOperations.TrailingZeroCount(m);
            if (weights[j] > 0)
            {
                var bit = 1UL << j;
                chance += weights[j] / total * AmongFirst(weights, left & ~bit, required & ~bit, k - 1);
            }
        }
        return chance;
    }
}
