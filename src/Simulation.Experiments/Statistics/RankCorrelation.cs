namespace Simulation.Experiments.Statistics;

/// <summary>Rank correlations with ties, for comparing a simulated ordering with a recorded one: NaN when either side has
/// no spread (every value tied), where a correlation means nothing.</summary>
public static class RankCorrelation
{
    /// <summary>Spearman's ρ: Pearson's correlation of the mid-ranks.</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("the two samples must have the same length", nameof(y));
        }
        return Pearson(MidRanks(x), MidRanks(y));
    }

    /// <summary>Kendall's τ-b: (concordant − discordant) / √((pairs − ties in x)(pairs − ties in y)).</summary>
    public static double KendallTauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("the two samples must have the same length", nameof(y));
        }
        long concordant = 0, discordant = 0, untiedX = 0, untiedY = 0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i + 1; j < x.Length; j++)
            {
                var dx = Math.Sign(x[i] - x[j]);
                var dy = Math.Sign(y[i] - y[j]);
                untiedX += dx != 0 ? 1 : 0;
                untiedY += dy != 0 ? 1 : 0;
                concordant += dx * dy > 0 ? 1 : 0;
                discordant += dx * dy < 0 ? 1 : 0;
            }
        }
        return untiedX == 0 || untiedY == 0 ? double.NaN : (concordant - discordant) / Math.Sqrt((double)untiedX * untiedY);
    }

    // Ranks from 1, ties given the mean of the ranks they span.
    private static double[] MidRanks(ReadOnlySpan<double> values)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        var copy = values.ToArray();
        Array.Sort(order, (a, b) => copy[a].CompareTo(copy[b]));
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && copy[order[end + 1]] == copy[order[start]])
            {
                end++;
            }
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = ((start + end) / 2.0) + 1;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double Pearson(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
