using Simulation.Core.Bidding;

namespace Simulation.Experiments.Replay;

/// <summary>
/// Each bid's chance of being among the k winners given every bid's merit and effort, as the bidders perceive the contest
/// (strength q = exp(c + R·ln E)) and with winners drawn one after another in proportion to strength. Exact for the
/// Tullock rule and for scored selection with Gumbel noise; an approximation for normal noise. The chances add up to the
/// number of winners.
/// </summary>
public static class WinChances
{
    // Up to this many winners the chances are computed exactly; the cost grows as (bids)^winners.
    private const int ExactWinners = 3;

    /// <summary>Returns the chance of every bid in <paramref name="bids"/> of being among <paramref name="winners"/> winners.</summary>
    public static double[] Of(ReadOnlySpan<Bid> bids, int winners)
    {
        var n = bids.Length;
        var chances = new double[n];
        if (n == 0)
        {
            return chances;
        }
        if (winners >= n)
        {
            Array.Fill(chances, 1.0);
            return chances;
        }
        var log = new double[n];
        var max = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            log[i] = bids[i].Perceived.LogStrength(bids[i].Effort);
            max = Math.Max(max, log[i]);
        }
        var strength = log.Select(l => Math.Exp(l - max)).ToArray();
        if (winners > ExactWinners)
        {
            return ExponentialRace(strength, winners);
        }
        var all = n >= 64 ? ulong.MaxValue : (1UL << n) - 1;
        for (var i = 0; i < n; i++)
        {
            chances[i] = AmongFirst(i, all, winners, strength);
        }
        return chances;
    }

    // P(bid i is drawn among the next k draws from the bids still in `left`); exponential in k, so used for the few winners
    // projects have (up to ExactWinners).
    private static double AmongFirst(int i, ulong left, int k, double[] strength)
    {
        var total = 0.0;
        for (var m = left; m != 0; m &= m - 1)
        {
            total += strength[System.Numerics.BitOperations.TrailingZeroCount(m)];
        }
        var now = strength[i] / total;
        if (k == 1)
        {
            return now;
        }
        var later = 0.0;
        for (var m = left; m != 0; m &= m - 1)
        {
            var j = System.Numerics.BitOperations.TrailingZeroCount(m);
            if (j != i)
            {
                later += strength[j] / total * AmongFirst(i, left & ~(1UL << j), k - 1, strength);
            }
        }
        return now + later;
    }

    // Drawing in proportion to strength is a race of exponential clocks with rates q_i: the first k to ring win. Each bid's
    // chance of ringing by the time t at which k rings are expected, 1 − exp(−q_i·t), approximates its chance of being among
    // the first k; t is found by bisection so the chances add up to k exactly. Equal strengths give k/n, as they should.
    private static double[] ExponentialRace(double[] strength, int winners)
    {
        double Expected(double t) => strength.Sum(q => -double.ExpM1(-q * t));
        double low = 0, high = 1;
        while (Expected(high) < winners && high < 1e300) // bids of zero strength never ring
        {
            high *= 2;
        }
        for (var step = 0; step < 200 && high - low > 1e-12 * high; step++)
        {
            var middle = 0.5 * (low + high);
            (low, high) = Expected(middle) < winners ? (middle, high) : (low, middle);
        }
        var time = 0.5 * (low + high);
        return [.. strength.Select(q => -double.ExpM1(-q * time))];
    }
}
