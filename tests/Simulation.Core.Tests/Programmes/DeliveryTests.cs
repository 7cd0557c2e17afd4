using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Programmes;

public class DeliveryTests
{
    [Fact]
    public void Stalling_RisesAsCapacityFalls()
    {
        // Capacity starts at the z-score of "need" (2, 1, −1, −2); each variant lets one region host every designation.
        var strong = StalledShare(host: 0);
        var weak = StalledShare(host: 3);

        Assert.True(weak > strong + 0.4, $"stalled: {weak:F3} in the weakest region, {strong:F3} in the strongest");
    }

    [Fact]
    public void DesignationsPerRegion_AddUpToTheProgrammeTotal()
    {
        var model = new SimulationModel(Scenario(new Delivery(0, -1.0, -1.0, 0.3), countsAsResources: false));
        for (var k = 0; k < 50; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(5, k));
            var outcome = model.RunToEnd();
            Assert.Equal(3 * 7, outcome.Designations.Sum());
            Assert.Equal(outcome.Designations.Sum(), outcome.StalledDesignations[0] + outcome.DeliveredDesignations[0] + outcome.PendingDesignations[0]);
        }
    }

    [Fact]
    public void ALaggedDesignation_IsBookedWhenDelivered_AndPendingPastTheHorizon()
    {
        // Designated in 2000 and 2001 with a 2-year lag: the 2000 ones arrive in 2002, the 2001 ones only after the horizon.
        var scenario = Scenario(new Delivery(2, double.NegativeInfinity, 0, 0), countsAsResources: true);
        scenario = scenario with { Programmes = [scenario.Programmes[0] with { Years = [2000, 2001] }] };
        var model = new SimulationModel(scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));
        var outcome = model.RunToEnd();

        Assert.Equal(7, outcome.DeliveredDesignations[0]);
        Assert.Equal(7, outcome.PendingDesignations[0]);
        Assert.Equal(7 * 100.0, outcome.Resources.Sum(), 9);
    }

    [Fact]
    public void RealisedInvestment_IsAnOutput_WithNoStallItFollowsThePlan()
    {
        var model = new SimulationModel(Scenario(Delivery.Immediate, countsAsResources: false));
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));
        var outcome = model.RunToEnd();

        Assert.Equal(outcome.PlannedByCategory.Sum(), outcome.RealisedByCategory.Sum(), 9);
        Assert.True(outcome.PlannedByCategory.Sum() > 0);
    }

    private static double StalledShare(int host)
    {
        var scenario = Scenario(new Delivery(0, 0.0, -1.5, 0), countsAsResources: false);
        scenario = scenario with
        {
            Indices = [new CompositeIndex("capacity", [new IndexComponent(TestScenarios.Need, 1.0, false, IndexTransform.None)])],
            Programmes = [scenario.Programmes[0] with { Eligible = [host] }],
        };
        var model = new SimulationModel(scenario);
        double stalled = 0, made = 0;
        for (var k = 0; k < 200; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(9, k));
            var outcome = model.RunToEnd();
            stalled += outcome.StalledDesignations[0];
            made += outcome.Designations.Sum();
        }
        return stalled / made;
    }

    private static Scenario Scenario(Delivery delivery, bool countsAsResources)
    {
        var contest = TestScenarios.Contest(4, 100, TestScenarios.Regime(TestScenarios.Scored(1.0)), need: [2.0, 1.0, -1.0, -2.0]);
        var programme = new DesignationProgramme("districts", "Districts", [2000, 2001, 2002], 7, 40, [], 100, countsAsResources,
            [TestScenarios.Weight(SignalKind.Capacity, 0.5)], 1.0, [new ProgrammeCategory("a", 0.5), new ProgrammeCategory("b", 0.5)], delivery);
        var regime = contest.Regimes[0] with { Programmes = [0] };
        return contest with { Timeline = RegimeTimeline.Constant(2000, 2002, 0), Projects = [], Programmes = [programme], Regimes = [regime] };
    }
}
