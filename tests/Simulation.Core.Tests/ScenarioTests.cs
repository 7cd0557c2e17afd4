using Simulation.Core.Regimes;

namespace Simulation.Core.Tests;

public class ScenarioTests
{
    [Fact]
    public void Attributes_AreFoundByTheirId()
    {
        var scenario = TestScenarios.Contest(2, 100, TestScenarios.Regime(TestScenarios.Scored(1.0)));

        Assert.Equal(TestScenarios.Need, scenario.AttributeIndex("need"));
        Assert.Equal(TestScenarios.Vote, scenario.AttributeIndex("vote"));
        Assert.Equal(-1, scenario.AttributeIndex("airports"));
        Assert.Equal(TestScenarios.Population, scenario.PopulationAttribute);
        Assert.Equal(TestScenarios.Grdp, scenario.GrdpPerCapitaAttribute);
    }

    [Fact]
    public void Modes_AreTheTimelineThenEachCounterfactualRegime()
    {
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0));
        var scenario = TestScenarios.Contest(2, 100, regime) with
        {
            Regimes = [regime with { Id = "roh" }, regime with { Id = "lee" }],
            Counterfactuals = [1, 0],
        };

        Assert.Equal([RegimeMode.Timeline, RegimeMode.Counterfactual("lee", 1), RegimeMode.Counterfactual("roh", 0)], scenario.Modes());
    }

    [Fact]
    public void ATimeline_CoversItsYearsOneRegimeEach()
    {
        var timeline = new RegimeTimeline(2003, [0, 0, 1]);

        Assert.Equal(2003, timeline.FirstYear);
        Assert.Equal(2005, timeline.LastYear);
        Assert.Equal(1, timeline.RegimeAt(2005));
        Assert.Equal(2, RegimeTimeline.Constant(2000, 2009, 2).RegimeAt(2009));
        Assert.Equal(2009, RegimeTimeline.Constant(2000, 2009, 2).LastYear);
    }

    [Fact]
    public void ATimelineWithoutYears_IsRefused_SayingWhy() =>
        Assert.Contains("at least one year", Assert.Throws<ArgumentException>(() => new RegimeTimeline(2000, [])).Message, StringComparison.Ordinal);
}
