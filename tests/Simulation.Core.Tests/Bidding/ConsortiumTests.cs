using Simulation.Core.Regions;

namespace Simulation.Core.Tests.Bidding;

public class ConsortiumTests
{
    [Fact]
    public void AConsortium_AlwaysBidsAsOne_EvenBeforeItsPartnershipsFirstYear()
    {
        var wins = Wins(consortium: true);

        Assert.Equal(wins[0], wins[1]); // the two members win together or not at all
        Assert.True(wins[0] > 0);
    }

    [Fact]
    public void WithoutTheConsortium_ThePartnersBidAlone_BeforeTheirPartnershipsFirstYear()
    {
        var wins = Wins(consortium: false);

        Assert.NotEqual(wins[0], wins[1]);
    }

    private static double[] Wins(bool consortium)
    {
        var regime = TestScenarios.Regime(TestScenarios.Scored(1.0));
        var scenario = TestScenarios.Contest(4, 100, regime, TestScenarios.Behaviour(rounds: 4, temperature: 5), jointBids: true,
            partnerships: [new Partnership("pair", [0, 1], FromYear: 2100)], consortia: consortium ? [0] : []);
        return ModelRuns.WinFrequencies(scenario, 2000);
    }
}
