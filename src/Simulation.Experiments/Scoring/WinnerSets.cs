using System.Numerics;
using Simulation.Core.Bidding;
using Simulation.Core.Selection;

namespace Simulation.Experiments.Scoring;

/// <summary>Lists the sets of winners a competition can have, each with its chance given the bids, for scores (such as
/// Brier's) that need the whole distribution and not only the chance of what happened.</summary>
internal static class WinnerSets
{
    /// <summary>Returns C(n, k), the number of sets of k winners among n bids (saturating at <see cref="long.MaxValue"/>).</summary>
    public static long Count(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }
        k = Math.Min(k, n - k);
        var count = 1.0;
        for (var i = 0; i < k; i++)
        {
            count = count * (n - i) / (i + 1);
        }
        return count >= long.MaxValue ? long.MaxValue : (long)Math.Round(count);
    }

    /// <summary>Adds to <paramref name="sets"/> every set of <paramref name="k"/> winning bids, as the union of their
    /// members, with its chance under draws in proportion to <paramref name="weights"/>.</summary>
    public static void Enumerate(ReadOnlySpan<double> weights, ReadOnlySpan<Bid> bids, int k, List<(ulong Regions, double Chance)> sets)
    {
        Span<int> chosen = stackalloc int[Math.Max(k, 1)];
        for (var i = 0; i < k; i++)
        {
            chosen[i] = i;
        }
        while (true)
        {
            var bidMask = 0UL;
            var regions = 0UL;
            for (var i = 0; i < k; i++)
            {
                bidMask |= 1UL << chosen[i];
                regions |= bids[chosen[i]].Members;
            }
            sets.Add((regions, WinnerSetChance.Of(weights, bidMask, k)));
            // Next combination in lexicographic order.
            var j = k - 1;
            while (j >= 0 && chosen[j] == bids.Length - k + j)
            {
                j--;
            }
            if (j < 0)
            {
                return;
            }
            chosen[j]++;
            for (var i = j + 1; i < k; i++)
            {
                chosen[i] = chosen[i - 1] + 1;
            }
        }
    }

    /// <summary>True when a set of winners, as region mask <paramref name="regions"/>, holds every region of <paramref name="record"/>.</summary>
    public static bool Holds(ulong regions, ulong record) => (regions & record) == record && BitOperations.PopCount(record) > 0;
}
