using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class RankCorrelationTests
{
    [Fact]
    public void Spearman_IsOneForAnyIncreasingMap_AndMinusOneForADecreasingOne()
    {
        double[] x = [1, 5, 2, 9, 3];

        Assert.Equal(1.0, RankCorrelation.Spearman(x, [.. x.Select(v => Math.Exp(v))]), 12);
        Assert.Equal(-1.0, RankCorrelation.Spearman(x, [.. x.Select(v => -v * v)]), 12);
    }

    [Fact]
    public void Spearman_UsesMidRanksForTies()
    {
        // Ranks of x: 1, 2.5, 2.5, 4; of y: 1, 2, 3, 4. Pearson of the ranks: Σ(dx·dy) = 4.5, Σdx² = 4.5, Σdy² = 5.
        Assert.Equal(4.5 / Math.Sqrt(4.5 * 5), RankCorrelation.Spearman([10, 20, 20, 30], [1, 2, 3, 4]), 12);
    }

    [Fact]
    public void KendallTauB_CountsConcordantAndDiscordantPairs_WithTies()
    {
        // Pairs of (x, y) = (1,1), (2,3), (3,2): concordant (1,2), (1,3); discordant (2,3): τ = (2 − 1)/3.
        Assert.Equal(1.0 / 3.0, RankCorrelation.KendallTauB([1, 2, 3], [1, 3, 2]), 12);
        // Winning (1) or not (0) against grades 2, 1, 0, 0: the winner has the top grade. Pairs untied in x: 3; in y: 5;
        // concordant: 3 (the winner against each other), so τ-b = 3/√15.
        Assert.Equal(3 / Math.Sqrt(15), RankCorrelation.KendallTauB([1, 0, 0, 0], [2, 1, 0, 0]), 12);
    }

    [Fact]
    public void NoSpread_GivesNoCorrelation()
    {
        Assert.True(double.IsNaN(RankCorrelation.Spearman([2, 2, 2], [1, 2, 3])));
        Assert.True(double.IsNaN(RankCorrelation.KendallTauB([1, 2, 3], [0, 0, 0])));
    }
}
