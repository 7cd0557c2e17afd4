using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Selection;

namespace Simulation.Core.Tests.Selection;

/// <summary>The selection rules at their edges: normal noise, no noise, ties, and scores too large to exponentiate.</summary>
public class SelectionEdgeTests
{
    private static Bid[] Bids(params (double Merit, double Effort)[] specs) =>
        specs.Select((s, i) => new Bid { Members = 1UL << i, Lead = i, Merit = s.Merit, Effort = s.Effort, Valuation = 100 }).ToArray();

    private static double FirstWins(ISelectionRule rule, Bid[] bids, double effortWeight, int draws)
    {
        var random = RandomStream.ForReplication(51, 0);
        var winner = new int[1];
        var wins = 0;
        for (var d = 0; d < draws; d++)
        {
            rule.SelectWinners(bids, effortWeight, 100, ref random, winner);
            wins += winner[0] == 0 ? 1 : 0;
        }
        return (double)wins / draws;
    }

    [Fact]
    public void NormalNoise_IsPerceivedAsGumbelNoiseOfTheSameVariance()
    {
        // σ = 1: Gumbel scale √6/π = 0.7797, so effort weight 0.5 acts as a Tullock exponent of 0.5 / 0.7797.
        var scale = Math.Sqrt(6) / Math.PI;

        var perceived = new ScoredSelection(1.0, NoiseKind.Normal).Perceive(merit: 0.3, effortWeight: 0.5, prize: 100);

        Assert.Equal(0.5 / scale, perceived.Exponent, 12);
        Assert.Equal((0.3 / scale) - (0.5 / scale * Math.Log(100)), perceived.LogScale, 12);
    }

    [Fact]
    public void ANoiselessRule_IsPerceivedWithTheMinimumScale()
    {
        var perceived = new ScoredSelection(0.0, NoiseKind.Gumbel).Perceive(merit: 0.1, effortWeight: 0.2, prize: 100);

        Assert.Equal(0.2 / ScoredSelection.MinimumPerceivedScale, perceived.Exponent, 12);
    }

    [Fact]
    public void WithNormalNoise_TheScoredRuleIsAProbitChoice()
    {
        // Merits 0.5 and 0 with σ = 1: the first wins with Φ(0.5 / √2) = 0.63816 (a logit would give 0.62246).
        const int draws = 200_000;
        var observed = FirstWins(new ScoredSelection(1.0, NoiseKind.Normal), Bids((0.5, 10), (0.0, 10)), 0.0, draws);

        Frequencies.AssertClose(0.6381631950841185, observed, draws, "probit");
    }

    [Fact]
    public void WithoutNoise_ATieGoesToTheFirstBid_AndEachBidsNoiseIsDrawnAllTheSame()
    {
        var random = RandomStream.ForReplication(52, 0);
        var untouched = random;
        var winners = new int[2];

        new ScoredSelection(0.0, NoiseKind.Gumbel).SelectWinners(Bids((0.2, 10), (0.7, 10), (0.7, 10)), 0.5, 100, ref random, winners);

        Assert.Equal([1, 2], winners);
        for (var i = 0; i < 3; i++)
        {
            untouched.NextGumbel(); // drawn at a discretion of 0 too, multiplied by 0
        }
        Assert.Equal(untouched.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void TheTullockLottery_StaysExactWithHugeMerits()
    {
        // Merits 400 and 400 + ln 3 with equal efforts and r = 2: odds 1 to 9, although (E·e^m)^r overflows a double.
        const int draws = 20_000;
        var observed = FirstWins(new TullockSelection(2.0), Bids((400, 10), (400 + Math.Log(3), 10)), 0.0, draws);

        Frequencies.AssertClose(0.1, observed, draws, "Tullock");
    }

    [Fact]
    public void TheLogitClosedForm_StaysExactWithHugeScores()
    {
        var p = new double[2];

        ContestSuccess.Logit([1000.0, 1001.0], 1.0, p);

        Assert.Equal(1 / (1 + Math.E), p[0], 12);
        Assert.Equal(Math.E / (1 + Math.E), p[1], 12);
    }
}
