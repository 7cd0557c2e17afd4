using Simulation.Core.Clusters;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core.Tests.Agents;

public class OwnClusterTests
{
    [Fact]
    public void PlannedCluster_IsBuiltFromItsStartYear_AndCompletesInItsLastYear()
    {
        // Like Daegu Technopolis: from 2006, ten years, completed by 2015.
        var outcome = Run(years: (2006, 2015), planned: new PlannedCluster("technopolis", 0, 2006, 1900, 10), stallIntercept: -50);

        Assert.Equal(1, outcome.ClustersStarted);
        Assert.Equal(1, outcome.ClustersCompleted);
        Assert.Equal(0, outcome.ClustersStalled);
    }

    [Fact]
    public void ClusterThatCannotFinishInTheHorizon_IsStillRunning()
    {
        var outcome = Run(years: (2006, 2014), planned: new PlannedCluster("technopolis", 0, 2006, 1900, 10), stallIntercept: -50);

        Assert.Equal(1, outcome.ClustersStarted);
        Assert.Equal(0, outcome.ClustersCompleted + outcome.ClustersStalled);
    }

    [Fact]
    public void CertainStall_StopsTheClusterInItsFirstYear()
    {
        var outcome = Run(years: (2006, 2015), planned: new PlannedCluster("technopolis", 0, 2006, 1900, 10), stallIntercept: 50);

        Assert.Equal(1, outcome.ClustersStalled);
        Assert.Equal(0, outcome.ClustersCompleted);
    }

    [Fact]
    public void GrantsInAid_CountAsNationalResources()
    {
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0)) with { GrantShareOfOwnClusters = 0.5 };
        var outcome = Run(years: (2006, 2015), planned: new PlannedCluster("technopolis", 0, 2006, 1000, 10), stallIntercept: -50, regime: regime);

        Assert.Equal(500.0, outcome.Resources[0], 9);
    }

    private static ReplicationOutcome Run((int First, int Last) years, PlannedCluster planned, double stallIntercept, PolicyRegime? regime = null)
    {
        var contest = TestScenarios.Contest(3, 100, regime ?? TestScenarios.Regime(TestScenarios.Scored(1.0)));
        var rules = new OwnClusterRules(1000, 8, new StartCoefficients(-50, 0, 0, 0), new StallCoefficients(stallIntercept, 0, 0, 0), 0.5, [planned]);
        var scenario = contest with
        {
            Timeline = RegimeTimeline.Constant(years.First, years.Last, 0),
            Projects = [],
            OwnClusters = rules,
        };
        var model = new SimulationModel(scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));
        return model.RunToEnd();
    }
}
