using Simulation.Core.Agents;
using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regions;

namespace Simulation.Core.Tests.Agents;

/// <summary>A regional government's budget, effort cap and damped, noisy effort adjustment.</summary>
public class RegionalGovernmentTests
{
    internal static RegionalGovernment Government(double grdp = 10_000) =>
        new(0, new Region("r0", "Region 0", false, [], [1000.0, grdp / 1000.0]), 1000.0, grdp);

    [Fact]
    public void BeginYear_OpensABudgetOfTheShareOfGrdp()
    {
        var g = Government(grdp: 10_000);

        g.BeginYear(TestScenarios.Behaviour() with { BudgetShareOfGrdp = 0.02 });

        Assert.Equal(200.0, g.YearlyBudget, 12);
        Assert.Equal(200.0, g.BudgetLeft, 12);
    }

    [Fact]
    public void EffortCap_IsTheLeastOfItsShareOfTheBudgetAndWhatIsLeft_NeverNegative()
    {
        var behaviour = TestScenarios.Behaviour() with { BudgetShareOfGrdp = 0.02, MaxEffortShareOfBudget = 0.5 };
        var g = Government(grdp: 10_000);
        g.BeginYear(behaviour);

        Assert.Equal(100.0, g.EffortCap(behaviour), 12);
        g.BudgetLeft = 30;
        Assert.Equal(30.0, g.EffortCap(behaviour), 12);
        g.BudgetLeft = -5;
        Assert.Equal(0.0, g.EffortCap(behaviour));
    }

    [Theory]
    [InlineData(0, 20.0)] // step λ = 0.5: 10 + 0.5·(30 − 10)
    [InlineData(1, 16.666666666666668)] // step 0.5 / 1.5 = 1/3
    [InlineData(2, 15.0)] // step 0.5 / 2 = 1/4
    public void ChooseEffort_MovesTowardTheBestResponseByAStepThatShrinksWithTheRound(int round, double expected)
    {
        var bid = new Bid { Effort = 10, Floor = 1, Cap = 100 };
        var random = RandomStream.ForReplication(1, 0);

        var next = RegionalGovernment.ChooseEffort(bid, 30, round, TestScenarios.Behaviour(damping: 0.5), ref random);

        Assert.Equal(expected, next, 12);
    }

    [Fact]
    public void ChooseEffort_IsKeptWithinTheBidsFloorAndCap_TheFloorWinningOverALowerCap()
    {
        var behaviour = TestScenarios.Behaviour(damping: 1.0);
        var random = RandomStream.ForReplication(1, 0);

        Assert.Equal(12.0, RegionalGovernment.ChooseEffort(new Bid { Effort = 10, Floor = 1, Cap = 12 }, 30, 0, behaviour, ref random));
        Assert.Equal(25.0, RegionalGovernment.ChooseEffort(new Bid { Effort = 10, Floor = 25, Cap = 100 }, 20, 0, behaviour, ref random));
        Assert.Equal(25.0, RegionalGovernment.ChooseEffort(new Bid { Effort = 10, Floor = 25, Cap = 5 }, 20, 0, behaviour, ref random));
    }

    [Fact]
    public void ChooseEffort_WithAFullStep_IsTheBestResponseTimesALogNormalNoise()
    {
        // λ = 1 in round 0: E' = BR·exp(σ·η), so ln(E'/BR) is normal with mean 0 and s.d. σ = 0.3.
        var behaviour = TestScenarios.Behaviour(damping: 1.0, noise: 0.3);
        var bid = new Bid { Effort = 10, Floor = 1e-9, Cap = 1e9 };
        var random = RandomStream.ForReplication(2, 0);
        var logs = new List<double>();
        for (var i = 0; i < 20_000; i++)
        {
            logs.Add(Math.Log(RegionalGovernment.ChooseEffort(bid, 40, 0, behaviour, ref random) / 40));
        }

        var (mean, sd) = Frequencies.Moments(logs);
        Assert.Equal(0.0, mean, 0.01);
        Assert.Equal(0.3, sd, 0.01);
    }

    [Fact]
    public void ChooseEffort_TakesItsNoiseFromTheStreamsNextNormalDraw()
    {
        var behaviour = TestScenarios.Behaviour(damping: 1.0, noise: 0.3);
        var random = RandomStream.ForReplication(3, 0);
        var copy = random;

        var next = RegionalGovernment.ChooseEffort(new Bid { Effort = 10, Floor = 1e-9, Cap = 1e9 }, 40, 0, behaviour, ref random);

        Assert.Equal(40 * Math.Exp(0.3 * copy.NextGaussian()), next, 12);
        Assert.Equal(copy.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void WithoutEffortNoise_ChooseEffortStillDrawsItsNormal_AndMovesToTheBestResponseExactly()
    {
        // A noise of scale 0 is drawn all the same, so that runs with and without noise keep their later draws paired.
        var random = RandomStream.ForReplication(4, 0);
        var copy = random;

        var effort = RegionalGovernment.ChooseEffort(new Bid { Effort = 10, Floor = 1, Cap = 100 }, 40, 0, TestScenarios.Behaviour(damping: 1.0), ref random);

        Assert.Equal(40, effort);
        copy.NextGaussian();
        Assert.Equal(copy.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void EntryAndJointBidDecisions_AreLogitChoicesOnTheirGains()
    {
        // Temperature 10: a gain of 10 is chosen with p = 1 / (1 + e^−1) = 0.731, a loss of 10 with 0.269.
        var behaviour = TestScenarios.Behaviour(temperature: 10.0);
        var g = Government();
        var random = RandomStream.ForReplication(5, 0);
        int entered = 0, joined = 0;
        const int trials = 4000;
        for (var i = 0; i < trials; i++)
        {
            entered += RegionalGovernment.EnterCompetition(10, behaviour, ref random) ? 1 : 0;
            joined += g.ConsiderJointBid(-10, behaviour, ref random) ? 1 : 0;
        }

        Frequencies.AssertClose(1 / (1 + Math.Exp(-1)), (double)entered / trials, trials, "entered");
        Frequencies.AssertClose(1 / (1 + Math.E), (double)joined / trials, trials, "joined");
    }

    [Fact]
    public void Instalments_AreReceivedInTheirYears_DroppedPastTheHorizon_AndClearedByAReset()
    {
        var g = new RegionalGovernment(0, new Region("r0", "Region 0", false, [], [1000.0, 10.0]), 1000.0, 10_000, firstYear: 2003, years: 13);

        g.ScheduleInstalments(2010, 29, 10.0); // to 2038; the horizon ends in 2015
        g.ScheduleInstalments(2014, 1, 5.0);
        for (var year = 2003; year <= 2015; year++)
        {
            g.ReceiveInstalmentsDue(year);
        }

        Assert.Equal((6 * 10.0) + 5.0, g.ResourcesReceived, 12);
        g.Reset(0, 0);
        g.ReceiveInstalmentsDue(2012);
        Assert.Equal(0.0, g.ResourcesReceived);
    }
}
