using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Bidding;

/// <summary>A competition reuses its buffers, so holding one in a Monte Carlo run (no game, no condition) allocates nothing
/// once it has run once.</summary>
public class CompetitionAllocationTests
{
    [Fact]
    public void HoldingACompetition_AllocatesNothing_OnceWarm()
    {
        var regime = TestScenarios.Regime(TestScenarios.Scored(0.5), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var scenario = TestScenarios.Contest(4, 100, regime, TestScenarios.Behaviour(rounds: 4, noise: 0.2, temperature: 1.0), jointBids: true,
            partnerships: [new Partnership("pair", [0, 1], 2000)], winners: 2);
        var model = new SimulationModel(scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(5, 0));
        model.OpenYear(0);
        model.HoldCompetition(0, 0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            model.HoldCompetition(0, 0);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
