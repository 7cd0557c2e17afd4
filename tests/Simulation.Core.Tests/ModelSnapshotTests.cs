using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests;

public class ModelSnapshotTests
{
    // Four years with a contest each year: regime 0 ("early") in 2000-2001, regime 1 ("late") from 2002; the counterfactuals
    // are each regime alone, so the timeline shares its first two years with the "early" counterfactual.
    private static Scenario TwoRegimes()
    {
        var early = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.3)) with { Id = "early" };
        var late = TestScenarios.Regime(TestScenarios.Tullock(1.0)) with { Id = "late" };
        var contest = TestScenarios.Contest(5, 100, early, TestScenarios.Behaviour(rounds: 4, noise: 0.2, temperature: 5, floor: 2),
            need: [0, 1, 2, 3, 4]);
        return contest with
        {
            Timeline = new RegimeTimeline(2000, [0, 0, 1, 1]),
            Regimes = [early, late],
            Counterfactuals = [0, 1],
            Projects = [contest.Projects[0] with { EveryYears = 1 }],
        };
    }

    [Fact]
    public void TimelineContinuedFromTheCounterfactualsSnapshot_IsExactlyARunOfTheTimeline()
    {
        var scenario = TwoRegimes();
        var modes = scenario.Modes();
        var (timeline, early) = (modes[0], modes[1]);
        var model = new SimulationModel(scenario);
        var snapshot = model.CreateSnapshot();
        Assert.Equal(2, model.SharedYears(timeline, early));
        Assert.Equal(0, model.SharedYears(timeline, modes[2]));

        for (var k = 0; k < 50; k++)
        {
            model.Reset(timeline, RandomStream.ForReplication(7, k));
            var direct = Fingerprint(model.RunToEnd());

            model.Reset(early, RandomStream.ForReplication(7, k));
            model.Step();
            model.Step();
            model.Save(snapshot);
            model.RunToEnd();
            model.Restore(snapshot, timeline);
            var continued = Fingerprint(model.RunToEnd());

            Assert.Equal(direct, continued);
        }
    }

    [Fact]
    public void Restore_RefusesAModeThatAppliedAnotherRegimeBeforeTheSnapshot()
    {
        var scenario = TwoRegimes();
        var model = new SimulationModel(scenario);
        var snapshot = model.CreateSnapshot();
        model.Reset(scenario.Modes()[1], RandomStream.ForReplication(7, 0));
        model.Step();
        model.Save(snapshot);

        var refused = Assert.Throws<ArgumentException>(() => model.Restore(snapshot, scenario.Modes()[2]));
        Assert.Contains("'late'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2000", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AModeSharesTheWholeHorizonWithItself()
    {
        var scenario = TwoRegimes();
        var model = new SimulationModel(scenario);

        Assert.Equal(4, model.SharedYears(RegimeMode.Timeline, RegimeMode.Timeline));
        Assert.Equal(4, model.SharedYears(scenario.Modes()[2], scenario.Modes()[2]));
    }

    private static string Fingerprint(ReplicationOutcome o) => FormattableString.Invariant(
        $"{string.Join(",", o.WinningBids)}|{string.Join(",", o.WinnerCounts)}|{string.Join(",", o.Resources.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}|{o.TotalEffort:R}|{o.PrizeAwarded:R}|{o.Gini:R}|{o.JointBids}|{o.ClustersStarted}");
}
