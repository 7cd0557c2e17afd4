using System.Globalization;
using Simulation.Core.Clusters;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests;

/// <summary>The model's whole state carried between years and replications: a snapshot taken mid-run and restored continues
/// exactly as the run would have, and a reused model starts each replication afresh.</summary>
public class ModelStateTests
{
    // Four regions over 2000-2003, with every kind of state: a fund with noise, two national programmes whose designations
    // wait for delivery (programme 0 three years, some past the horizon; programme 1 one year), categories, stalls, a spread
    // of the value delivered, capacity that grows with what is delivered and counts in the choice of sites, a planned cluster
    // under construction from 2000 to 2002, and a contest every year.
    private static Scenario Rich()
    {
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.3)) with
        {
            Fund = new FundPolicy(1.0, 0.3, [TestScenarios.Weight(SignalKind.Capacity, 0.5)], [], []),
            Programmes = [0, 1],
            GrantShareOfOwnClusters = 0.4,
        };
        var behaviour = TestScenarios.Behaviour(rounds: 3, noise: 0.2, temperature: 5, floor: 1) with
        {
            CapacityGainPerTrillionWon = 3.0,
            CapacityGainPerTrillionWonOfFund = 1.0,
        };
        var contest = TestScenarios.Contest(4, 100, regime, behaviour, need: [0, 1, 2, 3]);
        var capacity = TestScenarios.Weight(SignalKind.Capacity, 1.0);
        var need = TestScenarios.Weight(SignalKind.Attribute, 0.5, TestScenarios.Need);
        var slow = new DesignationProgramme("slow", "Slow", [2000, 2001, 2003], 2, 2, [], 150, true, [capacity, need], 1.0,
            [new ProgrammeCategory("a", 0.5), new ProgrammeCategory("b", 0.5)], new Delivery(3, -1.0, -0.5, 0.3));
        var quick = new DesignationProgramme("quick", "Quick", [2001, 2002], 1, 3, [1, 2, 3], 80, true, [capacity], 0.5,
            [new ProgrammeCategory("c", 1.0)], new Delivery(1, double.NegativeInfinity, 0, 0.2));
        var rules = new OwnClusterRules(500, 4, new StartCoefficients(-50, 0, 0, 0), new StallCoefficients(-50, 0, 0, 0), 0.7,
            [new PlannedCluster("park", 0, 2000, 900, 3)]);
        return contest with
        {
            Timeline = RegimeTimeline.Constant(2000, 2003, 0),
            WonPerUsd = 1000,
            Fund = new NationalFund(2000, 0.4, 0.05),
            Programmes = [slow, quick],
            OwnClusters = rules,
            Projects = [contest.Projects[0] with { EveryYears = 1 }],
        };
    }

    [Fact]
    public void ARunContinuedFromASnapshot_EndsExactlyAsTheUninterruptedRun()
    {
        var model = new SimulationModel(Rich());
        var snapshot = model.CreateSnapshot();
        for (var k = 0; k < 20; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(21, k));
            var direct = Fingerprint(model.RunToEnd());

            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(21, k));
            model.Step();
            model.Step();
            model.Save(snapshot);
            model.RunToEnd();
            model.Restore(snapshot, RegimeMode.Timeline);
            Assert.Equal(2002, model.Year);
            var continued = Fingerprint(model.RunToEnd());

            Assert.Equal(direct, continued);
        }
    }

    [Fact]
    public void AReusedModel_RunsEachReplicationAsAFreshModelWould()
    {
        var scenario = Rich();
        var reused = new SimulationModel(scenario);
        for (var k = 0; k < 10; k++)
        {
            reused.Reset(RegimeMode.Timeline, RandomStream.ForReplication(22, k));
            var again = Fingerprint(reused.RunToEnd());

            var fresh = new SimulationModel(scenario);
            fresh.Reset(RegimeMode.Timeline, RandomStream.ForReplication(22, k));

            Assert.Equal(Fingerprint(fresh.RunToEnd()), again);
        }
    }

    [Fact]
    public void TheRichScenario_ExercisesWhatTheStateTestsRelyOn()
    {
        // Guards the two tests above: designations wait past the snapshot and the horizon, some stall, the cluster completes.
        var model = new SimulationModel(Rich());
        int pending = 0, stalled = 0, completed = 0;
        for (var k = 0; k < 20; k++)
        {
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(21, k));
            var outcome = model.RunToEnd();
            pending += outcome.PendingDesignations[0];
            stalled += outcome.StalledDesignations[0];
            completed += outcome.ClustersCompleted;
            Assert.Equal(2, outcome.DeliveredDesignations[1] + outcome.PendingDesignations[1]);
        }
        Assert.True(pending > 0);
        Assert.True(stalled > 0);
        Assert.Equal(20, completed);
    }

    private static string Fingerprint(ReplicationOutcome o) => string.Join("|",
        Join(o.Designations), Join(o.StalledDesignations), Join(o.DeliveredDesignations), Join(o.PendingDesignations),
        Join(o.PlannedByCategory), Join(o.RealisedByCategory), Join(o.Resources), Join(o.Capacity), Join(o.WinningBids),
        Join(o.WinnerCounts), Join([o.ClustersStarted, o.ClustersCompleted, o.ClustersStalled, o.JointBids]),
        Join([o.FundSpent, o.TotalEffort, o.PrizeAwarded, o.Gini, o.Theil]));

    private static string Join<T>(IEnumerable<T> values) where T : IFormattable =>
        string.Join(",", values.Select(v => v.ToString(v is double ? "R" : null, CultureInfo.InvariantCulture)));
}
