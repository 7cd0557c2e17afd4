using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Selection;

namespace Simulation.Core.Tests.Selection;

/// <summary>The weights with which the rules draw winners, against their definitions and against the rules' own draws.</summary>
public class DrawWeightTests
{
    private static Bid At(double merit, double effort) => new() { Merit = merit, Effort = effort, Members = 1 };

    [Fact]
    public void ScoredWithGumbelNoise_WeighsTheDeterministicScoreOverTheScale()
    {
        var rule = new ScoredSelection(2.0, NoiseKind.Gumbel);

        // (m + w_e·ln(E/P)) / σ = (0.5 + 0.3·ln(20/100)) / 2.
        Assert.Equal((0.5 + (0.3 * Math.Log(0.2))) / 2.0, rule.LogDrawWeight(At(0.5, 20), 0.3, 100), 12);
        Assert.Equal(0.25, rule.LogDrawWeight(At(0.5, 20), 0.0, 100), 12);
        Assert.True(rule.DrawsInProportionToWeight);
    }

    [Fact]
    public void NormalNoise_IsReadAsGumbelOfTheSameVariance_AndNoNoiseAsTheSmallestScale_NeitherExactly()
    {
        var normal = new ScoredSelection(1.0, NoiseKind.Normal);
        var none = new ScoredSelection(0.0, NoiseKind.Gumbel);

        Assert.Equal(0.5 / (Math.Sqrt(6) / Math.PI), normal.LogDrawWeight(At(0.5, 1), 0.0, 1), 12);
        Assert.Equal(0.5 / ScoredSelection.MinimumPerceivedScale, none.LogDrawWeight(At(0.5, 1), 0.0, 1), 12);
        Assert.False(normal.DrawsInProportionToWeight);
        Assert.False(none.DrawsInProportionToWeight);
    }

    [Fact]
    public void Tullock_WeighsEffortTimesExpMerit_ToTheExponent()
    {
        var rule = new TullockSelection(1.5);

        Assert.Equal(1.5 * (0.4 + Math.Log(8)), rule.LogDrawWeight(At(0.4, 8), 0.9, 100), 12);
        Assert.True(rule.DrawsInProportionToWeight);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheRulesOwnDraws_FollowTheDrawWeights(bool scored)
    {
        ISelectionRule rule = scored ? new ScoredSelection(0.8, NoiseKind.Gumbel) : new TullockSelection(1.2);
        Bid[] bids = [At(0.2, 10), At(-0.3, 30), At(0.6, 5), At(0.0, 15)];
        var weights = bids.Select(b => Math.Exp(rule.LogDrawWeight(b, 0.4, 50))).ToArray();
        var random = RandomStream.ForReplication(5, 0);
        Span<int> winners = stackalloc int[2];
        var pairs = new int[4, 4];
        const int Draws = 40_000;

        for (var i = 0; i < Draws; i++)
        {
            rule.SelectWinners(bids, 0.4, 50, ref random, winners);
            pairs[Math.Min(winners[0], winners[1]), Math.Max(winners[0], winners[1])]++;
        }

        for (var a = 0; a < 4; a++)
        {
            for (var b = a + 1; b < 4; b++)
            {
                var expected = WinnerSetChance.Of(weights, (1UL << a) | (1UL << b), 2);
                var se = Math.Sqrt(expected * (1 - expected) / Draws);
                Assert.InRange(pairs[a, b] / (double)Draws, expected - (5 * se), expected + (5 * se));
            }
        }
    }
}
