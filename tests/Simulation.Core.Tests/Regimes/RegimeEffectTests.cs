using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Regimes;

public class RegimeEffectTests
{
    private const int Replications = 4000;

    [Fact]
    public void EquityWeightedRegime_RaisesThePoorNonCapitalRegionsChance()
    {
        // Regions 0-1 are rich Capital Region members, 2-3 are poorer, region 3 the poorest.
        var need = new[] { 0.0, 0.0, 1.0, 3.0 };
        var neutral = Regime(equity: 0.0);
        var equity = Regime(equity: 1.0);

        var before = ModelRuns.WinFrequencies(TestScenarios.Contest(4, 100, neutral, Behaviour(), need: need, capital: 2), Replications);
        var after = ModelRuns.WinFrequencies(TestScenarios.Contest(4, 100, equity, Behaviour(), need: need, capital: 2), Replications);

        Assert.True(after[3] > before[3] + 0.15, $"poorest region: {before[3]:F3} → {after[3]:F3}");
        Assert.True(after[0] < before[0], $"rich capital region: {before[0]:F3} → {after[0]:F3}");
    }

    [Fact]
    public void AlignmentWeight_FavoursAlignedRegions()
    {
        var vote = new[] { 20.0, 45.0, 50.0, 75.0 };
        var blind = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.3));
        var partisan = TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.3), TestScenarios.Weight(SignalKind.Alignment, 1.0));

        var before = ModelRuns.WinFrequencies(TestScenarios.Contest(4, 100, blind, Behaviour(), vote: vote), Replications);
        var after = ModelRuns.WinFrequencies(TestScenarios.Contest(4, 100, partisan, Behaviour(), vote: vote), Replications);

        Assert.True(after[3] > before[3] + 0.15, $"aligned region: {before[3]:F3} → {after[3]:F3}");
        Assert.True(after[0] < before[0] - 0.1, $"opposed region: {before[0]:F3} → {after[0]:F3}");
    }

    private static Core.Regimes.PolicyRegime Regime(double equity) =>
        TestScenarios.Regime(TestScenarios.Scored(1.0), TestScenarios.Weight(SignalKind.Effort, 0.3),
            TestScenarios.Weight(SignalKind.Attribute, equity, TestScenarios.Need));

    private static Core.Agents.Behaviour Behaviour() => TestScenarios.Behaviour(rounds: 4, noise: 0.2, temperature: 1.0, floor: 1.0);
}
