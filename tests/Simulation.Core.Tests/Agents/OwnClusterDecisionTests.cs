using Simulation.Core.Agents;
using Simulation.Core.Clusters;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Core.Tests.Agents;

/// <summary>A region's own clusters, decided year by year: starts (planned, or a logit on scarcity, capacity and the regime's
/// pressure), one at a time; payment with the regime's grants; stalls (a logit on capacity, grant share and budget strain);
/// completion.</summary>
public class OwnClusterDecisionTests
{
    private const int Trials = 3000;

    private static PolicyRegime Regime(double grantShare = 0, double pressure = 0) =>
        TestScenarios.Regime(TestScenarios.Scored(1.0)) with { GrantShareOfOwnClusters = grantShare, SelfHelpPressure = pressure };

    private static OwnClusterRules Rules(StartCoefficients start, StallCoefficients? stall = null, int duration = 10, double gain = 0,
        params PlannedCluster[] planned) =>
        new(1000, duration, start, stall ?? new StallCoefficients(-50, 0, 0, 0), gain, planned);

    private static readonly StartCoefficients Never = new(-50, 0, 0, 0);
    private static readonly StartCoefficients Always = new(50, 0, 0, 0);

    [Theory]
    [InlineData(-1, 2, 0.5, 0, 0, 0, 0)] // −1 + 2·0.5 = 0: p = 0.5
    [InlineData(-1, 0, 0, 0.5, 4, 0, 0)] // −1 + 0.5·4 = 1: p = 0.731
    [InlineData(-1, 0, 0, 0, 0, 0.5, 4)] // −1 + 0.5·4 = 1: p = 0.731
    public void AStart_IsALogitOnScarcityCapacityAndPressure(double intercept, double scarcityWeight, double scarcity,
        double capacityWeight, double capacity, double pressureWeight, double pressure)
    {
        var rules = Rules(new StartCoefficients(intercept, scarcityWeight, capacityWeight, pressureWeight));
        var regime = Regime(pressure: pressure);
        var g = RegionalGovernmentTests.Government();
        var random = RandomStream.ForReplication(1, 0);
        var started = 0;
        for (var i = 0; i < Trials; i++)
        {
            g.Reset(capacity, 0.1);
            g.BeginYear(TestScenarios.Behaviour());
            g.FundOwnCluster(2000, regime, rules, scarcity, ref random);
            started += g.ClustersStarted;
        }

        var odds = intercept + (scarcityWeight * scarcity) + (capacityWeight * capacity) + (pressureWeight * pressure);
        Frequencies.AssertClose(Logit.Probability(odds), (double)started / Trials, Trials, "started");
    }

    [Theory]
    [InlineData(-1, 0.5, 4, 0, 0, 0, 0.02)] // −1 + 0.5·4 = 1
    [InlineData(-1, 0, 0, 4, 0.5, 0, 0.02)] // −1 + 4·0.5 = 1
    [InlineData(-1, 0, 0, 0, 0, 2, 0.02)] // own 100 of a budget of 200: strain 0.5, −1 + 2·0.5 = 0
    [InlineData(-1, 0, 0, 0, 0.5, 2, 0.01)] // own 50 (half granted) of 100: strain 0.5, odds 0
    [InlineData(-3, 0, 0, 0, 0, 0.2, 0.0)] // no budget: strain 10, −3 + 0.2·10 = −1
    public void AStall_IsALogitOnCapacityGrantShareAndBudgetStrain(double intercept, double capacityWeight, double capacity,
        double grantWeight, double grantShare, double strainWeight, double budgetShareOfGrdp)
    {
        // A planned cluster of ₩1,000 billion over 10 years starts each trial: ₩100 billion a year; GRDP ₩10,000 billion.
        var rules = Rules(Never, new StallCoefficients(intercept, capacityWeight, grantWeight, strainWeight), planned: new PlannedCluster("c", 0, 2000, 1000, 10));
        var regime = Regime(grantShare: grantShare);
        var behaviour = TestScenarios.Behaviour() with { BudgetShareOfGrdp = budgetShareOfGrdp };
        var g = RegionalGovernmentTests.Government(grdp: 10_000);
        var random = RandomStream.ForReplication(2, 0);
        var stalled = 0;
        for (var i = 0; i < Trials; i++)
        {
            g.Reset(capacity, 0.1);
            g.BeginYear(behaviour);
            g.FundOwnCluster(2000, regime, rules, 0.0, ref random);
            Assert.Equal(1, g.ClustersStarted);
            stalled += g.ClustersStalled;
        }

        var budget = 10_000 * budgetShareOfGrdp;
        var strain = budget > 0 ? 100 * (1 - grantShare) / budget : 10.0;
        var odds = intercept + (capacityWeight * capacity) + (grantWeight * grantShare) + (strainWeight * strain);
        Frequencies.AssertClose(Logit.Probability(odds), (double)stalled / Trials, Trials, "stalled");
    }

    [Fact]
    public void ARunningCluster_IsPaidFromTheBudget_LessTheRegimesGrant_WhichCountsAsResources()
    {
        // ₩100 billion a year, 30 % granted: the region pays 70 and receives 30.
        var g = RegionalGovernmentTests.Government(grdp: 10_000);
        g.BeginYear(TestScenarios.Behaviour() with { BudgetShareOfGrdp = 0.05 });
        var random = RandomStream.ForReplication(3, 0);

        var grants = g.FundOwnCluster(2000, Regime(grantShare: 0.3), Rules(Never, planned: new PlannedCluster("c", 0, 2000, 1000, 10)), 0.0, ref random);

        Assert.Equal(30.0, grants, 9);
        Assert.Equal(30.0, g.ResourcesReceived, 9);
        Assert.Equal(500.0 - 70.0, g.BudgetLeft, 9);
    }

    [Fact]
    public void ARegion_RunsOneSpontaneousClusterAtATime_AndStartsAnotherOnceItIsCompleted()
    {
        // Certain starts, no stalls, two years each: started 2000, completed 2001, the next started 2002.
        var g = RegionalGovernmentTests.Government();
        var rules = Rules(Always, duration: 2, gain: 0.25);
        var random = RandomStream.ForReplication(4, 0);
        g.Reset(1.0, 0.1);
        var started = new List<int>();
        for (var year = 2000; year <= 2002; year++)
        {
            g.BeginYear(TestScenarios.Behaviour());
            g.FundOwnCluster(year, Regime(), rules, 0.0, ref random);
            started.Add(g.ClustersStarted);
        }

        Assert.Equal([1, 1, 2], started);
        Assert.Equal(1, g.ClustersCompleted);
        Assert.Equal(1.25, g.Capacity, 12); // the completed cluster's gain
    }

    [Fact]
    public void AfterAStall_ARegionMayStartAnotherClusterTheNextYear()
    {
        var g = RegionalGovernmentTests.Government();
        var rules = Rules(Always, new StallCoefficients(50, 0, 0, 0));
        var random = RandomStream.ForReplication(5, 0);
        g.Reset(0.0, 0.1);
        for (var year = 2000; year <= 2001; year++)
        {
            g.BeginYear(TestScenarios.Behaviour());
            g.FundOwnCluster(year, Regime(), rules, 0.0, ref random);
        }

        Assert.Equal(2, g.ClustersStarted);
        Assert.Equal(2, g.ClustersStalled);
    }

    [Fact]
    public void InTheYearOfAPlannedStart_NoSpontaneousClusterStarts()
    {
        var g = RegionalGovernmentTests.Government();
        var rules = Rules(Always, planned: new PlannedCluster("c", 0, 2001, 1000, 10));
        var random = RandomStream.ForReplication(6, 0);
        g.Reset(0.0, 0.1);
        g.BeginYear(TestScenarios.Behaviour());

        g.FundOwnCluster(2001, Regime(), rules, 0.0, ref random);

        Assert.Equal(1, g.ClustersStarted);
    }

    [Fact]
    public void PlannedClusters_AllStartInTheirYear_UpToTheMostARegionCanRun()
    {
        var nine = Enumerable.Range(0, 9).Select(i => new PlannedCluster($"c{i}", 0, 2000, 1000, 10)).ToArray();
        var other = new PlannedCluster("elsewhere", 1, 2000, 1000, 10);
        var g = RegionalGovernmentTests.Government();
        var random = RandomStream.ForReplication(7, 0);
        g.Reset(0.0, 0.1);
        g.BeginYear(TestScenarios.Behaviour());

        g.FundOwnCluster(2000, Regime(), Rules(Never, planned: [.. nine.Take(2), other]), 0.0, ref random);
        Assert.Equal(2, g.ClustersStarted);

        g.Reset(0.0, 0.1);
        g.FundOwnCluster(2000, Regime(), Rules(Never, planned: nine), 0.0, ref random);
        Assert.Equal(RegionalGovernment.MaxClusters, g.ClustersStarted);
    }

    [Fact]
    public void Reset_ForgetsTheClustersOfThePreviousReplication()
    {
        // A cluster left running, then a new replication whose planned cluster starts: only the new one is paid for.
        var g = RegionalGovernmentTests.Government();
        var rules = Rules(Never, planned: new PlannedCluster("c", 0, 2000, 1000, 10));
        var regime = Regime(grantShare: 0.5);
        var random = RandomStream.ForReplication(8, 0);
        g.Reset(0.0, 0.1);
        g.BeginYear(TestScenarios.Behaviour());
        g.FundOwnCluster(2000, regime, rules, 0.0, ref random);

        g.Reset(0.0, 0.1);
        g.BeginYear(TestScenarios.Behaviour());
        var grants = g.FundOwnCluster(2000, regime, rules, 0.0, ref random);

        Assert.Equal(50.0, grants, 9);
        Assert.Equal(1, g.ClustersStarted);
    }
}
