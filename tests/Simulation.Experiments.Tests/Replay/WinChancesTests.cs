using Simulation.Core.Bidding;
using Simulation.Core.Selection;
using Simulation.Experiments.Replay;

namespace Simulation.Experiments.Tests.Replay;

public class WinChancesTests
{
    // Bids whose perceived strength is exactly `strengths` (exponent 1, so q = e^c · E with E = 1 and c = ln q).
    private static Bid[] Bids(params double[] strengths) =>
        [.. strengths.Select(q => new Bid { Effort = 1, Perceived = new PerceivedContest(1, Math.Log(q)) })];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void Chances_AddUpToTheNumberOfWinners(int winners)
    {
        var chances = WinChances.Of(Bids(5, 0.2, 1, 3, 0.7, 2, 9, 0.05), winners);

        Assert.Equal(winners, chances.Sum(), 9);
        Assert.All(chances, c => Assert.InRange(c, 0, 1));
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 6)]
    [InlineData(3, 6)]
    [InlineData(4, 6)]
    [InlineData(5, 6)]
    public void EqualStrengths_GiveEachBidKOverN(int winners, int bids)
    {
        var chances = WinChances.Of(Bids([.. Enumerable.Repeat(2.5, bids)]), winners);

        Assert.All(chances, c => Assert.Equal((double)winners / bids, c, 9));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    public void AsManyWinnersAsBids_MakeEveryBidCertain(int winners, int bids)
    {
        Assert.All(WinChances.Of(Bids([.. Enumerable.Range(1, bids).Select(i => (double)i)]), winners), c => Assert.Equal(1.0, c));
        Assert.Empty(WinChances.Of([], winners));
    }

    [Fact]
    public void TwoWinnersOfThree_MatchDrawingOneAfterAnother()
    {
        // P(a among the first two) = 1 − P(a drawn last) = 1 − Σ over the first drawn j of q_j / Q · q_l / (Q − q_j).
        double a = 1, b = 2, c = 5, total = a + b + c;
        var expected = 1 - ((b / total * c / (total - b)) + (c / total * b / (total - c)));

        Assert.Equal(expected, WinChances.Of(Bids(a, b, c), 2)[0], 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void StrongerBids_HaveBetterChances(int winners)
    {
        var chances = WinChances.Of(Bids(0.5, 1, 2, 4, 8, 16), winners);

        for (var i = 1; i < chances.Length; i++)
        {
            Assert.True(chances[i] > chances[i - 1], $"bid {i}: {chances[i]} after {chances[i - 1]}");
        }
    }
}
