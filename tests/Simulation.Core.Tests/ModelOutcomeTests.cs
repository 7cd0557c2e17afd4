using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;

namespace Simulation.Core.Tests;

/// <summary>The end-of-run results a model computes from what the regions received and won, on cases small enough to work
/// out by hand.</summary>
public class ModelOutcomeTests
{
    // Four regions of 1,000, 3,000, 2,000 and 4,000 thousand people, GRDP per capita 10; region 0 is in the Capital Region.
    // One year; a fund of ₩1,000 billion ($1 billion at ₩1,000) shared by population, without noise, among regions 0-2.
    private static Scenario FundOnly(bool withFund = true)
    {
        var contest = TestScenarios.Contest(4, 100, TestScenarios.Regime(TestScenarios.Scored(1.0)), capital: 1);
        double[] population = [1000, 3000, 2000, 4000];
        var regions = contest.Regions.Select((r, i) => r with { Values = [population[i], 10.0, 0.0, 50.0] }).ToList();
        var regime = contest.Regimes[0] with { Fund = new FundPolicy(1.0, 0.0, [], [0, 1, 2], []) };
        return contest with
        {
            Regions = regions,
            Projects = [],
            Regimes = [regime],
            WonPerUsd = 1000,
            Fund = new NationalFund(2000, withFund ? 1.0 : 0.0, 0.0),
        };
    }

    private static ReplicationOutcome Run(Scenario scenario, out SimulationModel model)
    {
        model = new SimulationModel(scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(1, 0));
        return model.RunToEnd();
    }

    [Fact]
    public void EachRegionsGrdp_IsItsPopulationTimesGrdpPerCapita()
    {
        Run(FundOnly(), out var model);

        Assert.Equal([10_000.0, 30_000.0, 20_000.0, 40_000.0], model.Governments.Select(g => g.GrdpBillionWon));
    }

    [Fact]
    public void ResourcesAndTheirConcentration_FollowTheFundShares()
    {
        // Shares 1/6, 3/6, 2/6 of ₩1,000 billion: 166.7, 500, 333.3, 0; per person (₩ thousand) 166.7, 166.7, 166.7, 0.
        var o = Run(FundOnly(), out _);

        Assert.Equal(1000.0, o.FundSpent, 9);
        Assert.Equal(1000.0, o.TotalResources, 9);
        Frequencies.AssertNear([1000.0 / 6, 500.0, 1000.0 / 3, 0.0], o.Resources);
        Frequencies.AssertNear([1000.0 / 6, 1000.0 / 6, 1000.0 / 6, 0.0], o.ResourcesPerCapita);
        Assert.Equal(1.0 / 6, o.CapitalRegionShare, 12);
        // Outside the Capital Region: 500, 333.3, 0 → shares 0.6, 0.4, 0: Herfindahl 0.52, top three all of it.
        Assert.Equal(0.52, o.NonCapitalHerfindahl, 12);
        Assert.Equal(1.0, o.NonCapitalTopThreeShare, 12);
        // Per-capita values a, a, a, 0: Σ|xi − xj| over pairs = 3a, G = 3a / (4 · 3a) = 0.25.
        Assert.Equal(0.25, o.Gini, 12);
        // Resource shares 1/6, 1/2, 1/3 against population shares 0.1, 0.3, 0.2: each ratio 5/3, T = ln(5/3).
        Assert.Equal(Math.Log(5.0 / 3.0), o.Theil, 12);
        Assert.Equal(0.0, o.RentDissipation);
        Assert.True(double.IsNaN(o.CapitalRegionWinShare));
    }

    [Fact]
    public void WithNothingReceived_TheSharesAreZeroNotUndefined()
    {
        var o = Run(FundOnly(withFund: false), out _);

        Assert.Equal(0.0, o.TotalResources);
        Assert.Equal(0.0, o.CapitalRegionShare);
        Assert.Equal(0.0, o.NonCapitalHerfindahl);
        Assert.Equal(0.0, o.RentDissipation);
    }

    [Fact]
    public void CapitalRegionWinShare_CountsEachWinningBidOnce_SharedAmongItsMembersByPopulation()
    {
        // Region 0 (Capital Region, 1,000 thousand) wins one project alone; region 2 another; the consortium of regions 0 and 1
        // (1,000 + 3,000) a third; regions 2 and 3 both win a two-winner project: (1 + 0 + 1/4 + 0 + 0) / 5 = 0.25.
        var scenario = FundOnly(withFund: false);
        var project = TestScenarios.Contest(4, 100, scenario.Regimes[0]).Projects[0];
        scenario = scenario with
        {
            Partnerships = [new Partnership("pair", [0, 1], 2000)],
            Projects =
            [
                project with { Id = "alone", Candidates = [0] },
                project with { Id = "other", Candidates = [2] },
                project with { Id = "joint", Candidates = [0, 1], JointBids = true, Consortia = [0] },
                project with { Id = "two", Candidates = [2, 3], Winners = 2 },
            ],
        };

        var o = Run(scenario, out _);

        Assert.Equal([1UL, 4UL, 3UL, 4UL, 8UL], o.WinningBids);
        Assert.Equal(0.25, o.CapitalRegionWinShare, 12);
        Assert.Equal(1, o.JointBids);
    }

    [Fact]
    public void DesignationsHeld_AreReportedProgrammeByProgramme()
    {
        // Programme 0 makes two designations in region 0, programme 1 one in region 2: programme-major, [2, 0, 0, 0, 0, 1].
        var scenario = Agents.DesignationBench.WithProgrammes([0, 1, 2],
            [Agents.DesignationBench.Programme(2, discretion: 0.0, eligible: [0]), Agents.DesignationBench.Programme(1, discretion: 0.0, eligible: [2])],
            lastYear: 2000);

        var o = Run(scenario, out _);

        Assert.Equal([2, 0, 0, 0, 0, 1], o.Designations);
        Assert.Equal([2, 1], o.DeliveredDesignations);
    }
}
