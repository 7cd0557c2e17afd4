using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Selection;

namespace Simulation.Core.Tests.Selection;

public class SelectionRuleTests
{
    private const int Draws = 200_000;

    [Fact]
    public void ScoredRuleWithGumbelNoise_WinsAsTheLogitClosedForm()
    {
        var bids = Bids((0.0, 10.0), (0.5, 10.0), (0.2, 30.0), (-0.4, 5.0));
        const double effortWeight = 0.6, discretion = 0.8, prize = 100.0;
        var scores = bids.Select(b => b.Merit + (effortWeight * Math.Log(b.Effort / prize))).ToArray();
        var expected = new double[bids.Length];
        ContestSuccess.Logit(scores, discretion, expected);

        var observed = Frequencies(new ScoredSelection(discretion, NoiseKind.Gumbel), bids, effortWeight, prize);

        AssertClose(expected, observed);
    }

    [Fact]
    public void TullockRule_WinsAsTheClosedForm()
    {
        var bids = Bids((0.0, 10.0), (0.3, 20.0), (-0.2, 40.0));
        const double r = 1.5;
        var strengths = bids.Select(b => b.Effort * Math.Exp(b.Merit)).ToArray();
        var expected = new double[bids.Length];
        ContestSuccess.Tullock(strengths, r, expected);

        var observed = Frequencies(new TullockSelection(r), bids, 0.0, 100.0);

        AssertClose(expected, observed);
    }

    [Fact]
    public void TullockRuleWithTwoWinners_DrawsWithoutReplacement()
    {
        var bids = Bids((0.0, 10.0), (0.0, 20.0), (0.0, 70.0));
        var p = new[] { 0.1, 0.2, 0.7 };
        // P(i among two winners) = p_i + Σ_{j≠i} p_j p_i / (1 − p_j)
        var expected = p.Select((pi, i) => pi + p.Select((pj, j) => j == i ? 0 : pj * pi / (1 - pj)).Sum()).ToArray();
        var random = RandomStream.ForReplication(7, 0);
        var counts = new double[3];
        var winners = new int[2];
        var rule = new TullockSelection(1.0);
        for (var d = 0; d < Draws; d++)
        {
            rule.SelectWinners(bids, 0, 100, ref random, winners);
            Assert.NotEqual(winners[0], winners[1]);
            counts[winners[0]]++;
            counts[winners[1]]++;
        }

        AssertClose(expected, counts.Select(c => c / Draws).ToArray());
    }

    [Fact]
    public void ScoredRuleWithoutDiscretion_AlwaysPicksTheBestScore()
    {
        var bids = Bids((0.0, 10.0), (1.0, 10.0), (0.5, 10.0));
        var observed = Frequencies(new ScoredSelection(0.0, NoiseKind.Gumbel), bids, 0.5, 100.0);

        Assert.Equal([0.0, 1.0, 0.0], observed);
    }

    [Fact]
    public void ScoredRule_PerceivedAsTullockWithExponentEffortWeightOverDiscretion()
    {
        var perceived = new ScoredSelection(0.5, NoiseKind.Gumbel).Perceive(merit: 0.3, effortWeight: 0.4, prize: 100.0);

        Assert.Equal(0.8, perceived.Exponent, 12);
        Assert.Equal((0.3 / 0.5) - (0.8 * Math.Log(100.0)), perceived.LogScale, 12);
    }

    private static Bid[] Bids(params (double Merit, double Effort)[] specs) =>
        specs.Select((s, i) => new Bid { Members = 1UL << i, Lead = i, Merit = s.Merit, Effort = s.Effort, Valuation = 100 }).ToArray();

    private static double[] Frequencies(ISelectionRule rule, Bid[] bids, double effortWeight, double prize)
    {
        var random = RandomStream.ForReplication(42, 0);
        var counts = new double[bids.Length];
        var winner = new int[1];
        for (var d = 0; d < Draws; d++)
        {
            rule.SelectWinners(bids, effortWeight, prize, ref random, winner);
            counts[winner[0]]++;
        }
        return counts.Select(c => c / Draws).ToArray();
    }

    // Within five binomial standard errors of the closed form.
    private static void AssertClose(double[] expected, double[] observed)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            var se = Math.Sqrt(expected[i] * (1 - expected[i]) / Draws);
            Assert.InRange(observed[i], expected[i] - (5 * se) - 1e-12, expected[i] + (5 * se) + 1e-12);
        }
    }
}
