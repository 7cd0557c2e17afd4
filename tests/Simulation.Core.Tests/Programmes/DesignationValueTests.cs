using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Tests.Agents;
using static Simulation.Core.Tests.Agents.DesignationBench;

namespace Simulation.Core.Tests.Programmes;

/// <summary>What a designation delivers: its value scaled by a log-normal factor of mean one, its stall drawn on its host's
/// capacity, its plan category drawn by the categories' shares.</summary>
public class DesignationValueTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void TheValueDelivered_IsLogNormalWithMeanOne(int lagYears)
    {
        // Spread 0.5: factor = exp(0.5·η − 0.125), mean 1, s.d. √(e^0.25 − 1) = 0.533.
        var programme = Programme(1, discretion: 0.0, national: true, value: 1.0, delivery: new Delivery(lagYears, double.NegativeInfinity, 0, 0.5));
        var bench = new DesignationBench(WithProgrammes([0, 1], [programme], lastYear: 2002));
        var delivered = new List<double>();
        for (var k = 0; k < 4000; k++)
        {
            bench.Reset();
            var random = RandomStream.ForReplication(11, k);
            bench.Designate(0, 2000, ref random);
            bench.National.DeliverDue(2000 + lagYears, bench.Governments, bench.Outcome, bench.Scenario.Behaviour);
            delivered.Add(bench.Governments[1].ResourcesReceived);
        }

        var (mean, sd) = Frequencies.Moments(delivered);
        Assert.Equal(1.0, mean, 0.05);
        Assert.Equal(Math.Sqrt(Math.Exp(0.25) - 1), sd, 0.05);
    }

    [Fact]
    public void WithoutSpread_TheValueDeliveredIsThePlannedValue()
    {
        var programme = Programme(3, discretion: 1.0, national: true, value: 40, delivery: new Delivery(0, double.NegativeInfinity, 0, 0));
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [programme]));
        var random = RandomStream.ForReplication(12, 0);

        bench.Designate(0, 2000, ref random);

        Assert.All(Enumerable.Range(0, 3), r => Assert.Equal(40.0 * bench.National.Designations(0, r), bench.Governments[r].ResourcesReceived, 12));
    }

    [Fact]
    public void TheStallProbability_IsLogisticInTheHostsCapacity()
    {
        // Intercept 1, −1 per capacity unit, host capacity 2: log-odds −1, p = 1 / (1 + e) = 0.269.
        var programme = Programme(1, discretion: 0.0, delivery: new Delivery(0, 1.0, -1.0, 0));
        var bench = new DesignationBench(WithProgrammes([0, 1], [programme]));
        var stalled = 0;
        const int runs = 4000;
        for (var k = 0; k < runs; k++)
        {
            bench.Reset();
            bench.Governments[1].Capacity = 2.0;
            var random = RandomStream.ForReplication(13, k);
            bench.Designate(0, 2000, ref random);
            stalled += bench.Outcome.StalledDesignations[0];
            Assert.Equal(1, bench.Outcome.StalledDesignations[0] + bench.Outcome.DeliveredDesignations[0]);
        }

        Frequencies.AssertClose(1.0 / (1.0 + Math.E), (double)stalled / runs, runs, "stalled");
    }

    [Fact]
    public void PlanCategories_AreDrawnByTheirShares_AndAProgrammeWithoutCategoriesBooksNone()
    {
        // Programme 0 has no categories; programme 1's are a (1/4) and b (3/4), booked at slots 0 and 1.
        var plain = Programme(100, value: 2.0);
        var categorised = Programme(4000, value: 1.0, categories: [new ProgrammeCategory("a", 0.25), new ProgrammeCategory("b", 0.75)]);
        var bench = new DesignationBench(WithProgrammes([0, 1, 2], [plain, categorised]));
        var random = RandomStream.ForReplication(14, 0);

        bench.Designate(0, 2000, ref random);
        Assert.Equal([0.0, 0.0], bench.Outcome.PlannedByCategory);
        Assert.Equal([0.0, 0.0], bench.Outcome.RealisedByCategory);
        Assert.Equal(100, bench.Outcome.DeliveredDesignations[0]);

        bench.Designate(1, 2000, ref random);
        var planned = bench.Outcome.PlannedByCategory;
        Assert.Equal(4000.0, planned.Sum(), 9);
        Frequencies.AssertClose(0.25, planned[0] / 4000, 4000, "category a");
        Assert.Equal(planned, bench.Outcome.RealisedByCategory);
    }

    [Fact]
    public void AStalledDesignation_IsPlannedButNotRealised()
    {
        var programme = Programme(5, value: 3.0, delivery: new Delivery(0, 50.0, 0, 0), categories: [new ProgrammeCategory("a", 1.0)]);
        var bench = new DesignationBench(WithProgrammes([0, 1], [programme]));
        var random = RandomStream.ForReplication(15, 0);

        bench.Designate(0, 2000, ref random);

        Assert.Equal(5, bench.Outcome.StalledDesignations[0]);
        Assert.Equal(0, bench.Outcome.DeliveredDesignations[0]);
        Assert.Equal([15.0], bench.Outcome.PlannedByCategory);
        Assert.Equal([0.0], bench.Outcome.RealisedByCategory);
    }
}
