using Simulation.Core.Agents;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Programmes;

public class RegionalFundTests
{
    [Fact]
    public void AFundReservedForOtherRegions_GivesTheCapitalRegionNothing()
    {
        var received = ShareOut(new FundPolicy(1, 0.3, [], Eligible: [2, 3, 4, 5], Zones: []), capital: 2);

        Assert.Equal(0.0, received[0]);
        Assert.Equal(0.0, received[1]);
        Assert.Equal(1000.0, received.Sum(), 9);
        Assert.All(received.Skip(2), x => Assert.True(x > 0));
    }

    [Fact]
    public void ZoneShares_AreKeptWhateverTheirPopulation()
    {
        var zones = new List<FundZone> { new("a", [0, 1, 2], 0.25), new("b", [3, 4, 5], 0.75) };
        var received = ShareOut(new FundPolicy(1, 0.3, [], Eligible: [], Zones: zones), capital: 0);

        Assert.Equal(250.0, received.Take(3).Sum(), 9);
        Assert.Equal(750.0, received.Skip(3).Sum(), 9);
    }

    [Fact]
    public void AZoneWithNoEligibleMember_LeavesItsShareToTheOthers()
    {
        var zones = new List<FundZone> { new("a", [0, 1, 2], 0.5), new("b", [3, 4, 5], 0.5) };
        var received = ShareOut(new FundPolicy(1, 0, [], Eligible: [3, 4, 5], Zones: zones), capital: 0);

        Assert.Equal(0.0, received.Take(3).Sum());
        Assert.Equal(1000.0, received.Skip(3).Sum(), 9);
    }

    [Fact]
    public void FundShares_BuildCapacityAtTheirOwnRate()
    {
        var governments = Governments(6, capital: 0);
        var behaviour = TestScenarios.Behaviour() with { CapacityGainPerTrillionWonOfFund = 0.4 };
        var fund = new RegionalFund(new FundPolicy(1, 0, [], [], []), Plan(governments), governments.Length);
        var random = RandomStream.ForReplication(1, 0);

        fund.ShareOut(6000, governments, behaviour, ref random);

        Assert.All(governments, g => Assert.Equal(0.4 * g.ResourcesReceived / 1000.0, g.Capacity, 9));
        Assert.Equal(0.4 * 6.0, governments.Sum(g => g.Capacity), 9);
    }

    private static double[] ShareOut(FundPolicy policy, int capital)
    {
        var governments = Governments(6, capital);
        var fund = new RegionalFund(policy, Plan(governments), governments.Length);
        var random = RandomStream.ForReplication(7, 0);
        Assert.Equal(1000.0, fund.ShareOut(1000, governments, TestScenarios.Behaviour(), ref random));
        return governments.Select(g => g.ResourcesReceived).ToArray();
    }

    private static RegionalGovernment[] Governments(int n, int capital) => Enumerable.Range(0, n)
        .Select(i => new RegionalGovernment(i, new Region($"r{i}", $"Region {i}", i < capital, [], [1000.0 * (i + 1), 10.0]), 1000.0 * (i + 1), 10_000))
        .ToArray();

    private static ScorePlan Plan(RegionalGovernment[] governments)
    {
        var regions = governments.Select(g => g.Region).ToList();
        return new ScorePlan([], regions, new StandardScores(regions, 2, []), 0);
    }
}
