using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core.Tests.Projects;

/// <summary>A project's national funding paid over years: equal parts from the award, none after the horizon.</summary>
public class ProjectFundingYearsTests
{
    // Two regions bid for two prizes of 90, so both win in 2000; no fund, no programmes, no clusters: the funding is all
    // they receive.
    private static double[] Received(int fundingYears, int lastYear)
    {
        var contest = TestScenarios.Contest(2, 90, TestScenarios.Regime(TestScenarios.Tullock(1.0)), TestScenarios.Behaviour(rounds: 2), winners: 2);
        var scenario = contest with
        {
            Timeline = RegimeTimeline.Constant(2000, lastYear, 0),
            Projects = [contest.Projects[0] with { FundingYears = fundingYears }],
        };
        var model = new SimulationModel(scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));
        var outcome = model.RunToEnd();
        Assert.Equal(2, outcome.Winners(0).Length);
        return [.. outcome.Resources];
    }

    [Theory]
    [InlineData(1, 2000, 90.0)]
    [InlineData(3, 2000, 30.0)] // the award year's part only
    [InlineData(3, 2001, 60.0)] // and the next year's; the third falls after the horizon
    [InlineData(3, 2002, 90.0)]
    [InlineData(3, 2005, 90.0)] // nothing more once the parts are paid
    public void TheFunding_IsPaidInEqualYearlyParts_FromTheAward_UpToTheHorizon(int fundingYears, int lastYear, double each)
    {
        Assert.All(Received(fundingYears, lastYear), r => Assert.Equal(each, r, 12));
    }
}
