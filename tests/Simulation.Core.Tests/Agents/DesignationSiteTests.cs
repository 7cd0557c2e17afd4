using Simulation.Core.Randomness;
using Simulation.Core.Signals;
using static Simulation.Core.Tests.Agents.DesignationBench;

namespace Simulation.Core.Tests.Agents;

/// <summary>Where the national government puts a programme's designations: a logit draw among the open eligible regions
/// by exp(score / discretion), the best score when discretion is 0, never beyond a region's cap.</summary>
public class DesignationSiteTests
{
    [Fact]
    public void Sites_AreALogitDrawOnScoreOverDiscretion()
    {
        // need 0, 1, 2: z = −√1.5, 0, √1.5; with discretion 2, p ∝ exp(z / 2) = 0.542, 1, 1.846 → 0.160, 0.295, 0.545.
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [Programme(perYear: 30_000, discretion: 2.0)]));
        var random = RandomStream.ForReplication(1, 0);

        bench.Designate(0, 2000, ref random);

        Frequencies.AssertClose(Logit([-Math.Sqrt(1.5), 0, Math.Sqrt(1.5)], 2.0), bench.Held(0));
    }

    [Fact]
    public void CapacityWeightedSites_FollowEachHostsCurrentCapacity()
    {
        // Only capacity counts (weight 1, discretion 1): p ∝ exp(capacity) = e, 1, e^−0.5 → 0.629, 0.231, 0.140.
        var capacityOnly = Programme(perYear: 20_000, selection: [TestScenarios.Weight(SignalKind.Capacity, 1.0)]);
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [capacityOnly]));
        double[] capacity = [1.0, 0.0, -0.5];
        for (var r = 0; r < 3; r++)
        {
            bench.Governments[r].Capacity = capacity[r];
        }
        var random = RandomStream.ForReplication(2, 0);

        bench.Designate(0, 2000, ref random);

        Frequencies.AssertClose(Logit(capacity, 1.0), bench.Held(0));
    }

    [Fact]
    public void WhereSitesAreAppliedFor_NoRegionGetsMoreThanItsApplications()
    {
        // Region 2 has the best score but one application; region 1 two; region 0 none (not eligible): of four designations
        // region 2 gets one, region 1 two, and the fourth finds no open site.
        var programme = Programme(perYear: 4, maxPerRegion: 3, discretion: 0.0, eligible: [1, 2]) with { Applications = [0, 2, 1] };
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [programme]));
        var random = RandomStream.ForReplication(3, 0);

        bench.Designate(0, 2000, ref random);

        Assert.Equal([0, 2, 1], bench.Held(0));
        Assert.Equal([0, 2, 1], Enumerable.Range(0, 3).Select(programme.CapOf));
        Assert.Equal([0, 3, 3], Enumerable.Range(0, 3).Select((programme with { Applications = null }).CapOf));
    }

    [Fact]
    public void WhereSitesAreAppliedFor_LogitDrawsStopAtEachRegionsApplications()
    {
        var programme = Programme(perYear: 3, maxPerRegion: 5, discretion: 1.0) with { Applications = [1, 1, 1] };
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [programme]));
        var random = RandomStream.ForReplication(4, 0);

        bench.Designate(0, 2000, ref random);

        Assert.Equal([1, 1, 1], bench.Held(0));
    }

    [Fact]
    public void WithoutDiscretion_TheBestOpenScoresAreDesignatedInTurn()
    {
        // need 0..4, cap 1, two a year: 2000 takes regions 4 and 3, 2001 regions 2 and 1, 2002 region 0 and then finds no
        // open region for its second designation.
        var programme = Programme(perYear: 2, maxPerRegion: 1, discretion: 0.0, years: [2000, 2001, 2002]);
        var bench = new DesignationBench(WithProgrammes([0, 1, 2, 3, 4], [programme]));
        for (var k = 0; k < 10; k++)
        {
            bench.Reset();
            var random = RandomStream.ForReplication(3, k);

            bench.Designate(0, 2000, ref random);
            Assert.Equal([0, 0, 0, 1, 1], bench.Held(0));
            bench.Designate(0, 2001, ref random);
            Assert.Equal([0, 1, 1, 1, 1], bench.Held(0));
            bench.Designate(0, 2002, ref random);
            Assert.Equal([1, 1, 1, 1, 1], bench.Held(0));
        }
    }

    [Theory]
    [InlineData(new[] { 0.0, 1.0, 1.0 }, new[] { 0, 1, 0 })] // a tie goes to the first region
    [InlineData(new[] { 2.0, 0.0, 1.0 }, new[] { 1, 0, 0 })] // the first region, when it scores best
    public void WithoutDiscretion_TheBestScoreIsDesignated_TheFirstOnATie(double[] need, int[] held)
    {
        var bench = new DesignationBench(WithProgrammes(need, [Programme(perYear: 1, discretion: 0.0)]));
        var random = RandomStream.ForReplication(4, 0);

        bench.Designate(0, 2000, ref random);

        Assert.Equal(held, bench.Held(0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ARegionAtItsCap_IsNotDesignatedAgainInTheSameYear(bool national)
    {
        // Six designations for four regions of cap 1: one each, the last two find no open region.
        var programme = Programme(perYear: 6, maxPerRegion: 1, discretion: 1.0, national: national);
        var bench = new DesignationBench(WithProgrammes([0, 1, 2, 3], [programme]));
        for (var k = 0; k < 30; k++)
        {
            bench.Reset();
            var random = RandomStream.ForReplication(5, k);

            bench.Designate(0, 2000, ref random);

            Assert.Equal([1, 1, 1, 1], bench.Held(0));
        }
    }

    [Fact]
    public void ARegionAtItsCap_IsNotDesignatedAgainInALaterYear()
    {
        var programme = Programme(perYear: 2, maxPerRegion: 1, discretion: 1.0, years: [2000, 2001]);
        var bench = new DesignationBench(WithProgrammes([0, 1, 2, 3], [programme]));
        for (var k = 0; k < 30; k++)
        {
            bench.Reset();
            var random = RandomStream.ForReplication(6, k);

            bench.Designate(0, 2000, ref random);
            bench.Designate(0, 2001, ref random);

            Assert.Equal([1, 1, 1, 1], bench.Held(0));
        }
    }

    [Fact]
    public void AnIneligibleRegionWithAnOutstandingScore_DoesNotCrowdOutTheEligibleOnes()
    {
        // need 3, 0, 1: region 0 scores far above the others, but only regions 1 and 2 are eligible. With a discretion of
        // 0.0001 the draw is all but certain: region 2, the better eligible one (z −0.27 against −1.07).
        var programme = Programme(perYear: 1, discretion: 1e-4, eligible: [1, 2]);
        var bench = new DesignationBench(WithProgrammes([3, 0, 1], [programme]));
        var random = RandomStream.ForReplication(7, 0);

        bench.Designate(0, 2000, ref random);

        Assert.Equal([0, 0, 1], bench.Held(0));
    }

    [Fact]
    public void AFullRegionWithAnOutstandingScore_DoesNotCrowdOutTheOthers()
    {
        // As above, but region 0 is eligible with a cap of 1: it takes 2000's designation, and 2001's goes to region 2.
        var programme = Programme(perYear: 1, maxPerRegion: 1, discretion: 1e-4, years: [2000, 2001]);
        var bench = new DesignationBench(WithProgrammes([3, 0, 1], [programme]));
        var random = RandomStream.ForReplication(8, 0);

        bench.Designate(0, 2000, ref random);
        Assert.Equal([1, 0, 0], bench.Held(0));
        bench.Designate(0, 2001, ref random);
        Assert.Equal([1, 0, 1], bench.Held(0));
    }

    [Fact]
    public void ADeliveredDesignation_RaisesItsHostsChanceOfTheNextOneInTheSameYear()
    {
        // Two equal regions, capacity weighed 1, discretion 1; a designation worth ₩1,000 billion adds 5 to its host's capacity,
        // so the second designation goes to the same host with p = e^5 / (e^5 + 1) = 0.993 when its value is national money
        // delivered at once, and with p = 0.5 when it is not.
        var behaviour = TestScenarios.Behaviour() with { CapacityGainPerTrillionWon = 5.0 };
        var same = new Dictionary<bool, double>();
        foreach (var national in new[] { true, false })
        {
            var programme = Programme(perYear: 2, selection: [TestScenarios.Weight(SignalKind.Capacity, 1.0)], national: national, value: 1000);
            var bench = new DesignationBench(WithProgrammes([0, 0], [programme], behaviour: behaviour));
            var twice = 0;
            const int runs = 400;
            for (var k = 0; k < runs; k++)
            {
                bench.Reset();
                var random = RandomStream.ForReplication(9, k);
                bench.Designate(0, 2000, ref random);
                twice += bench.Held(0).Contains(2) ? 1 : 0;
            }
            same[national] = (double)twice / runs;
        }

        Assert.True(same[true] > 0.97, $"same host {same[true]:F3}");
        Frequencies.AssertClose(0.5, same[false], 400, "same host, money not national");
    }

    [Fact]
    public void ANationalDesignation_AddsItsValueToTheHostsResourcesAndCapacity()
    {
        // ₩500 billion at 0.4 capacity per ₩1,000 billion: +0.2 capacity.
        var behaviour = TestScenarios.Behaviour() with { CapacityGainPerTrillionWon = 0.4 };
        var programme = Programme(perYear: 1, discretion: 0.0, national: true, value: 500);
        var bench = new DesignationBench(WithProgrammes([0, 1], [programme], behaviour: behaviour));
        var random = RandomStream.ForReplication(10, 0);

        bench.Designate(0, 2000, ref random);

        Assert.Equal(500.0, bench.Governments[1].ResourcesReceived, 12);
        Assert.Equal(0.2, bench.Governments[1].Capacity, 12);
        Assert.Equal(0.0, bench.Governments[0].ResourcesReceived);
        Assert.Equal(1, bench.Outcome.DeliveredDesignations[0]);
    }

    [Fact]
    public void AProgrammeWhoseMoneyIsNotNational_LeavesResourcesAndCapacityAlone()
    {
        var behaviour = TestScenarios.Behaviour() with { CapacityGainPerTrillionWon = 0.4 };
        var bench = new DesignationBench(WithProgrammes([0, 1], [Programme(perYear: 1, discretion: 0.0, value: 500)], behaviour: behaviour));
        var random = RandomStream.ForReplication(10, 0);

        bench.Designate(0, 2000, ref random);

        Assert.Equal([0, 1], bench.Held(0));
        Assert.All(bench.Governments, g => Assert.Equal(0.0, g.ResourcesReceived));
        Assert.All(bench.Governments, g => Assert.Equal(0.0, g.Capacity));
        Assert.Equal(1, bench.Outcome.DeliveredDesignations[0]);
    }
}
