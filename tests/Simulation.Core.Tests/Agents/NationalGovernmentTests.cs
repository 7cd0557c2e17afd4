using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using static Simulation.Core.Tests.Agents.DesignationBench;

namespace Simulation.Core.Tests.Agents;

/// <summary>The national government's calendar of designations, the programmes kept apart, and the yearly fund.</summary>
public class NationalGovernmentTests
{
    [Fact]
    public void AProgramme_DesignatesOnlyInItsYearsWithinTheHorizon()
    {
        // Horizon 2000-2002. Programme 0 lists 1999 and 2003, outside it; programme 1 designates in 2002 only.
        var bench = new DesignationBench(WithProgrammes([0, 1], [Programme(1, years: [1999, 2000, 2003]), Programme(1, years: [2002])]));

        Assert.False(bench.National.DesignatesIn(0, 1999));
        Assert.True(bench.National.DesignatesIn(0, 2000));
        Assert.False(bench.National.DesignatesIn(0, 2001));
        Assert.False(bench.National.DesignatesIn(0, 2002));
        Assert.False(bench.National.DesignatesIn(0, 2003));
        Assert.False(bench.National.DesignatesIn(1, 2000));
        Assert.True(bench.National.DesignatesIn(1, 2002));
        Assert.False(bench.National.DesignatesIn(1, 2003));
    }

    [Fact]
    public void AYearJustPastTheHorizon_IsNotTakenForTheNextProgrammesFirstYear()
    {
        // Both programmes designate in 2000, the first year; 2003 is the year after the last.
        var bench = new DesignationBench(WithProgrammes([0, 1], [Programme(1, years: [2000]), Programme(1, years: [2000])]));

        Assert.False(bench.National.DesignatesIn(0, 2003));
        Assert.True(bench.National.DesignatesIn(1, 2000));
    }

    [Fact]
    public void EachProgramme_DesignatesOnlyItsOwnEligibleRegions_AndKeepsItsOwnCount()
    {
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [Programme(2, eligible: [0]), Programme(3, eligible: [2])]));
        var random = RandomStream.ForReplication(1, 0);

        bench.Designate(0, 2000, ref random);
        bench.Designate(1, 2000, ref random);

        Assert.Equal([2, 0, 0], bench.Held(0));
        Assert.Equal([0, 0, 3], bench.Held(1));
    }

    [Fact]
    public void DesignationsPerYear_AreRoundedHalfAwayFromZero()
    {
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [Programme(2.5), Programme(2.49)]));
        var random = RandomStream.ForReplication(1, 0);

        bench.Designate(0, 2000, ref random);
        bench.Designate(1, 2000, ref random);

        Assert.Equal(3, bench.Held(0).Sum());
        Assert.Equal(2, bench.Held(1).Sum());
    }

    [Fact]
    public void Reset_ClearsTheDesignationsAndTheDeliveriesWaiting()
    {
        var lagged = Programme(2, delivery: new Delivery(3, double.NegativeInfinity, 0, 0));
        var bench = new DesignationBench(WithProgrammes([0, 1], [lagged]));
        var random = RandomStream.ForReplication(1, 0);
        bench.Designate(0, 2000, ref random);
        Assert.Equal(2, bench.National.Deliveries.Count);

        bench.National.Reset();

        Assert.Equal(0, bench.National.Deliveries.Count);
        Assert.Equal([0, 0], bench.Held(0));
    }

    [Fact]
    public void LaggedDesignations_AreDeliveredInTheirYear_ToTheirHost()
    {
        var lagged = Programme(1, discretion: 0.0, national: true, value: 70, delivery: new Delivery(2, double.NegativeInfinity, 0, 0));
        var bench = new DesignationBench(WithProgrammes([0, 1], [lagged]));
        var random = RandomStream.ForReplication(1, 0);
        bench.Designate(0, 2000, ref random);

        bench.National.DeliverDue(2001, bench.Governments, bench.Outcome, bench.Scenario.Behaviour);
        Assert.Equal(0.0, bench.Governments[1].ResourcesReceived);
        bench.National.DeliverDue(2002, bench.Governments, bench.Outcome, bench.Scenario.Behaviour);

        Assert.Equal(70.0, bench.Governments[1].ResourcesReceived, 12);
        Assert.Equal(1, bench.Outcome.DeliveredDesignations[0]);
        Assert.Equal(0, bench.National.Deliveries.Count);
    }

    [Fact]
    public void TheYearsFund_IsItsDollarSizeInWonTimesTheRegimesShareOfThePath()
    {
        // $2 billion in 2000 growing 10 %: $2.2 billion in 2001, ₩1,000 per dollar, half the path spent: ₩1,100 billion.
        var scenario = FundScenario(discretion: 0.0);
        var bench = new DesignationBench(scenario);
        var random = RandomStream.ForReplication(1, 0);

        var spent = bench.National.ShareOutFund(2001, 0, bench.Governments, scenario.Behaviour, ref random);

        Assert.Equal(1100.0, spent, 9);
        Assert.Equal(1100.0, bench.Governments.Sum(g => g.ResourcesReceived), 9);
    }

    [Fact]
    public void BeforeTheFundStarts_NothingIsSharedOut_AndNoDrawIsMade()
    {
        var scenario = FundScenario(discretion: 0.5);
        var bench = new DesignationBench(scenario);
        var random = RandomStream.ForReplication(1, 0);
        var untouched = random;

        var spent = bench.National.ShareOutFund(1999, 0, bench.Governments, scenario.Behaviour, ref random);

        Assert.Equal(0.0, spent);
        Assert.All(bench.Governments, g => Assert.Equal(0.0, g.ResourcesReceived));
        Assert.Equal(untouched.NextUInt64(), random.NextUInt64());
    }

    private static Scenario FundScenario(double discretion)
    {
        var scenario = WithProgrammes([0, 1, 2], []);
        var regime = scenario.Regimes[0] with { Fund = new FundPolicy(0.5, discretion, [], [], []) };
        return scenario with { WonPerUsd = 1000, Fund = new NationalFund(2000, 2.0, 0.1), Regimes = [regime] };
    }
}
