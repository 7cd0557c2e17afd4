using Simulation.Core.Randomness;
using Simulation.Core.Selection;

namespace Simulation.Core.Tests.Selection;

public class WinnerSetChanceTests
{
    [Fact]
    public void OneWinner_WinsInProportionToWeight()
    {
        double[] weights = [1, 2, 3];

        Assert.Equal(3.0 / 6.0, WinnerSetChance.Of(weights, 0b100, 1), 12);
        Assert.Equal(1.0 / 6.0, WinnerSetChance.Of(weights, 0b001, 1), 12);
    }

    [Fact]
    public void TwoWinners_SumOverBothOrders()
    {
        double[] weights = [1, 2, 3];

        // {0, 1} is drawn as 0 then 1 (1/6 · 2/5) or 1 then 0 (2/6 · 1/4): 1/15 + 1/12 = 3/20.
        Assert.Equal(0.15, WinnerSetChance.Of(weights, 0b011, 2), 12);
        // Bid 2 among two winners: 1 − P({0, 1}).
        Assert.Equal(0.85, WinnerSetChance.Of(weights, 0b100, 2), 12);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(6, 2)]
    [InlineData(10, 2)]
    [InlineData(8, 3)]
    public void EqualWeights_GiveEverySetOneInCnk(int n, int k)
    {
        var weights = Enumerable.Repeat(1.0, n).ToArray();
        var set = (1UL << k) - 1;
        var sets = Enumerable.Range(0, k).Aggregate(1.0, (c, i) => c * (n - i) / (i + 1));

        Assert.Equal(1.0 / sets, WinnerSetChance.Of(weights, set, k), 12);
    }

    [Fact]
    public void MoreRequiredBidsThanWinners_OrARequiredBidWithoutWeight_HaveNoChance()
    {
        Assert.Equal(0.0, WinnerSetChance.Of([1, 1, 1], 0b111, 2));
        Assert.Equal(0.0, WinnerSetChance.Of([1, 0, 1], 0b010, 2));
        Assert.Equal(1.0, WinnerSetChance.Of([1, 1, 1], 0, 2));
    }

    [Fact]
    public void DrawGiven_AlwaysHoldsTheCondition_AndDrawsTheRestByTheConditionalChances()
    {
        double[] weights = [1, 2, 3, 4];
        var random = RandomStream.ForReplication(11, 0);
        Span<int> chosen = stackalloc int[2];
        var partner = new int[4];
        const int Draws = 40_000;

        for (var i = 0; i < Draws; i++)
        {
            var chance = WinnerSetChance.DrawGiven(weights, 0b0001, ref random, chosen);
            Assert.Equal(WinnerSetChance.Of(weights, 0b0001, 2), chance, 12);
            Assert.Contains(0, chosen.ToArray());
            partner[chosen[0] == 0 ? chosen[1] : chosen[0]]++;
        }

        // Given bid 0 wins, its partner j has P({0, j}) / P(0 wins); each P({0, j}) summed over both orders.
        var pairs = Enumerable.Range(1, 3).Select(j => WinnerSetChance.Of(weights, 1UL | (1UL << j), 2)).ToArray();
        for (var j = 1; j < 4; j++)
        {
            var expected = pairs[j - 1] / pairs.Sum();
            Assert.InRange(partner[j] / (double)Draws, expected - 0.01, expected + 0.01);
        }
    }

    [Fact]
    public void DrawGiven_LeavesTheWinnersAlone_WhenTheConditionCannotHold()
    {
        var random = RandomStream.ForReplication(1, 0);
        Span<int> chosen = [7, 7];

        Assert.Equal(0.0, WinnerSetChance.DrawGiven([1, 1, 1], 0b111, ref random, chosen));
        Assert.Equal([7, 7], chosen.ToArray());
    }
}
