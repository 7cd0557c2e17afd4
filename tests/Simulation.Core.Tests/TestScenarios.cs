using Simulation.Core;
using Simulation.Core.Agents;
using Simulation.Core.Clusters;
using Simulation.Core.Programmes;
using Simulation.Core.Projects;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests;

/// <summary>Small synthetic scenarios for controlled experiments on the model: one year, one project, no fund,
/// no programmes, no clusters unless asked.</summary>
internal static class TestScenarios
{
    public const int Population = 0;
    public const int Grdp = 1;
    public const int Need = 2;
    public const int Vote = 3;

    public static Behaviour Behaviour(int rounds = 400, double damping = 0.5, double noise = 0.0, double temperature = 0.0, double floor = 0.0) =>
        new(rounds, damping, noise, temperature, floor, BudgetShareOfGrdp: 1.0, MaxEffortShareOfBudget: 10.0,
            BeliefLearningRate: 0.5, InitialEffortIntensity: 0.1, CapacityGainPerTrillionWon: 0.0,
            CapacityGainPerTrillionWonOfFund: 0.0);

    public static PolicyRegime Regime(SelectionSettings selection, params Criterion[] tilt) =>
        new("test", "Test regime", selection, tilt, Vote, new FundPolicy(0, 0, [], [], []), [], 0, 0);

    public static SelectionSettings Tullock(double r) => new(SelectionRuleKind.Tullock, NoiseKind.Gumbel, 0, r);

    public static SelectionSettings Scored(double discretion, NoiseKind noise = NoiseKind.Gumbel) => new(SelectionRuleKind.Scored, noise, discretion, 1);

    public static Criterion Weight(SignalKind kind, double weight, int index = -1) => new(new Signal(kind, index), weight);

    /// <summary>n regions; region i has need[i] and vote[i]; the first <paramref name="capital"/> are Capital Region members.</summary>
    public static Scenario Contest(
        int n,
        double prize,
        PolicyRegime regime,
        Behaviour? behaviour = null,
        double[]? need = null,
        double[]? vote = null,
        int capital = 0,
        int winners = 1,
        bool jointBids = false,
        IReadOnlyList<Partnership>? partnerships = null,
        IReadOnlyList<Criterion>? criteria = null,
        double[]? valuation = null,
        IReadOnlyList<int>? consortia = null)
    {
        var regions = Enumerable.Range(0, n).Select(i => new Region(
            $"r{i}", $"Region {i}", i < capital, [],
            [1000.0, 10.0, need?[i] ?? 0.0, vote?[i] ?? 50.0])).ToList();
        var project = new NationalProject("prize", "Prize", 2000, null, winners, prize, prize, [], jointBids,
            valuation ?? Enumerable.Repeat(1.0, n).ToArray(), criteria ?? [], consortia ?? []);
        return new Scenario(
            "test", "synthetic", 1, 100, RegimeTimeline.Constant(2000, 2000, 0), [], 1000.0,
            [new("population", "k"), new("grdpPerCapita", "m"), new("need", "-"), new("vote", "%")],
            regions, [], partnerships ?? [], [regime], new NationalFund(2000, 0, 0), [], [project],
            new OwnClusterRules(1, 1, new StartCoefficients(-50, 0, 0, 0), new StallCoefficients(0, 0, 0, 0), 0, []),
            behaviour ?? Behaviour());
    }
}
