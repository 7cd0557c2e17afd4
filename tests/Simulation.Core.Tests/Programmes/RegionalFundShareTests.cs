using Simulation.Core.Agents;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Programmes;

/// <summary>Fund shares w_i = population_i · exp(m_i + d·ε_i) among eligible regions, within zones when there are zones,
/// with exactly one normal draw per region when the discretion d is positive.</summary>
public class RegionalFundShareTests
{
    // Regions of 1,000, 2,000, 3,000, 4,000 and 5,000 thousand people, need 0, 1, 2, 3, 4.
    private static RegionalGovernment[] Governments() => Enumerable.Range(0, 5)
        .Select(i => new RegionalGovernment(i, new Region($"r{i}", $"Region {i}", false, [], [1000.0 * (i + 1), 10.0, i]), 1000.0 * (i + 1), 10_000))
        .ToArray();

    private static RegionalFund Fund(FundPolicy policy, RegionalGovernment[] governments)
    {
        var regions = governments.Select(g => g.Region).ToList();
        return new RegionalFund(policy, new ScorePlan(policy.Allocation, regions, new StandardScores(regions, 3, []), 0), regions.Count);
    }

    private static double[] Received(RegionalGovernment[] governments) => governments.Select(g => g.ResourcesReceived).ToArray();

    [Fact]
    public void Shares_ArePopulationTimesExpOfMeritPlusNoise_TheNoiseOneNormalDrawPerRegionEligibleOrNot()
    {
        // Need weighed 1 (z = −√2, −√2/2, 0, √2/2, √2), discretion 0.5, regions 1 and 3 eligible; ε_i is the stream's i-th
        // normal draw, drawn for every region in order.
        var policy = new FundPolicy(1, 0.5, [TestScenarios.Weight(SignalKind.Attribute, 1.0, 2)], [1, 3], []);
        var governments = Governments();
        var random = RandomStream.ForReplication(1, 0);
        var replay = random;

        var spent = Fund(policy, governments).ShareOut(1000, governments, TestScenarios.Behaviour(), ref random);

        var noise = Enumerable.Range(0, 5).Select(_ => replay.NextGaussian()).ToArray();
        var w1 = 2000 * Math.Exp((-Math.Sqrt(2) / 2) + (0.5 * noise[1]));
        var w3 = 4000 * Math.Exp((Math.Sqrt(2) / 2) + (0.5 * noise[3]));
        Assert.Equal(1000.0, spent);
        Frequencies.AssertNear([0, 1000 * w1 / (w1 + w3), 0, 1000 * w3 / (w1 + w3), 0], Received(governments));
        Assert.Equal(replay.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void WithoutDiscretion_SharesFollowPopulationAndMerit_AndEachRegionsNormalIsDrawnAllTheSame()
    {
        // Need weighed 1 among regions 0 and 4: 1,000·e^−√2 against 5,000·e^√2.
        var policy = new FundPolicy(1, 0.0, [TestScenarios.Weight(SignalKind.Attribute, 1.0, 2)], [0, 4], []);
        var governments = Governments();
        var random = RandomStream.ForReplication(2, 0);
        var untouched = random;

        Fund(policy, governments).ShareOut(600, governments, TestScenarios.Behaviour(), ref random);

        var (w0, w4) = (1000 * Math.Exp(-Math.Sqrt(2)), 5000 * Math.Exp(Math.Sqrt(2)));
        Frequencies.AssertNear([600 * w0 / (w0 + w4), 0, 0, 0, 600 * w4 / (w0 + w4)], Received(governments));
        for (var r = 0; r < governments.Length; r++)
        {
            untouched.NextGaussian(); // one a region, eligible or not, at a discretion of 0 too
        }
        Assert.Equal(untouched.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void ARegionOutsideEveryZone_ReceivesNothing()
    {
        // Zones {0, 1} and {2, 3} take half each, by population within the zone; region 4 is in none.
        var policy = new FundPolicy(1, 0, [], [], [new FundZone("a", [0, 1], 0.5), new FundZone("b", [2, 3], 0.5)]);
        var governments = Governments();
        var random = RandomStream.ForReplication(3, 0);

        Fund(policy, governments).ShareOut(1000, governments, TestScenarios.Behaviour(), ref random);

        Frequencies.AssertNear([500.0 / 3, 1000.0 / 3, 500.0 * 3 / 7, 500.0 * 4 / 7, 0], Received(governments));
    }

    [Fact]
    public void EveryYearsShareOut_StartsAfresh()
    {
        var policy = new FundPolicy(1, 0, [], [], [new FundZone("a", [0, 1], 0.5), new FundZone("b", [2, 3, 4], 0.5)]);
        var governments = Governments();
        var fund = Fund(policy, governments);
        var random = RandomStream.ForReplication(4, 0);

        fund.ShareOut(1000, governments, TestScenarios.Behaviour(), ref random);
        var first = Received(governments);
        fund.ShareOut(1000, governments, TestScenarios.Behaviour(), ref random);

        Frequencies.AssertNear(first.Select(x => 2 * x).ToArray(), Received(governments));
    }

    [Fact]
    public void WithNoEligibleRegion_NothingIsSpent()
    {
        var policy = new FundPolicy(1, 0, [], [7], []);
        var governments = Governments();
        var random = RandomStream.ForReplication(5, 0);

        var spent = Fund(policy, governments).ShareOut(1000, governments, TestScenarios.Behaviour(), ref random);

        Assert.Equal(0.0, spent);
        Assert.All(governments, g => Assert.Equal(0.0, g.ResourcesReceived));
    }
}
