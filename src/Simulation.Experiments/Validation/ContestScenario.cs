using Simulation.Core;
using Simulation.Core.Agents;
using Simulation.Core.Clusters;
using Simulation.Core.Programmes;
using Simulation.Core.Projects;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Builds synthetic scenarios in which the model reduces to a textbook contest, so its effort adjustment can be checked
/// against closed forms: one year, one project with one winner, identical regions with no merit (no criteria, no
/// tilt), the Tullock rule, no fund, programmes or clusters, and no noise anywhere (effort noise 0, deterministic entry,
/// no preparation cost). Budgets are large enough never to bind. What is left is the adjustment of §7.4.5 of the ODD:
/// damped best response with step λ/(1 + λt), which settles at the Nash equilibrium.
/// </summary>
public static class ContestScenario
{
    /// <summary>Rounds of effort adjustment: enough for the harmonic step to settle well inside 1 %.</summary>
    public const int AdjustmentRounds = 400;

    /// <summary>First-round weight λ of the new best response.</summary>
    public const double Damping = 0.5;

    /// <summary>The bids' starting effort as a share of the prize (η at the start).</summary>
    public const double InitialEffortIntensity = 0.1;

    /// <summary>
    /// Returns a Tullock contest among <paramref name="valuationMultipliers"/>.Length identical regions for one prize of
    /// <paramref name="prize"/> (₩ billion) with exponent <paramref name="exponent"/>; region i values the prize at
    /// prize × multiplier i (Baik 1994's asymmetric contest when the multipliers differ).
    /// </summary>
    /// <param name="prize">Prize value per winner, ₩ billion (&gt; 0).</param>
    /// <param name="exponent">Tullock exponent r (0 &lt; r ≤ 10).</param>
    /// <param name="valuationMultipliers">One multiplier per region (&gt; 0), at least two regions.</param>
    public static Scenario Tullock(double prize, double exponent, params double[] valuationMultipliers) =>
        Tullock(prize, exponent, AdjustmentRounds, Damping, valuationMultipliers);

    /// <summary>Returns the contest of <see cref="Tullock(double, double, double[])"/> adjusted for <paramref name="rounds"/>
    /// rounds with first-round weight <paramref name="damping"/>, as a scenario's own behaviour adjusts.</summary>
    public static Scenario Tullock(double prize, double exponent, int rounds, double damping, params double[] valuationMultipliers) =>
        Tullock(prize, exponent, rounds, damping, InitialEffortIntensity, valuationMultipliers);

    /// <summary>Returns the contest of <see cref="Tullock(double, double, int, double, double[])"/> with bids starting at
    /// <paramref name="initialEffortIntensity"/> of the prize, as a scenario's own first bids start; never with effort noise,
    /// so that the contest has one answer.</summary>
    public static Scenario Tullock(double prize, double exponent, int rounds, double damping, double initialEffortIntensity, params double[] valuationMultipliers)
    {
        if (valuationMultipliers.Length < 2)
        {
            throw new ArgumentException("A contest needs at least two regions.", nameof(valuationMultipliers));
        }
        var n = valuationMultipliers.Length;
        var regions = Enumerable.Range(0, n)
            .Select(i => new Region($"r{i}", $"Region {i}", false, [], [1000.0, 10.0]))
            .ToList();
        var regime = new PolicyRegime("contest", "Tullock contest", new SelectionSettings(SelectionRuleKind.Tullock, NoiseKind.Gumbel, 0, exponent),
            [], 0, new FundPolicy(0, 0, [], [], []), [], 0, 0);
        var project = new NationalProject("prize", "Prize", 2000, null, 1, prize, prize, [], false, valuationMultipliers, [], []);
        // Budget = share × population × GRDP per head = 1 × 1000 × 10 = ₩10,000 bn, and a bid may use ten times that.
        var behaviour = new Behaviour(rounds, damping, EffortNoise: 0, EntryTemperature: 0, BidPreparationCostBillionWon: 0,
            BudgetShareOfGrdp: 1.0, MaxEffortShareOfBudget: 10.0, BeliefLearningRate: 0.5, InitialEffortIntensity: initialEffortIntensity, CapacityGainPerTrillionWon: 0,
            CapacityGainPerTrillionWonOfFund: 0);
        return new Scenario(
            "contest", "synthetic Tullock contest", 1, 1, RegimeTimeline.Constant(2000, 2000, 0), [], 1000.0,
            [new("population", "thousand persons"), new("grdpPerCapita", "million won per person")],
            regions, [], [], [regime], new NationalFund(2000, 0, 0), [], [project],
            new OwnClusterRules(1, 1, new StartCoefficients(-50, 0, 0, 0), new StallCoefficients(0, 0, 0, 0), 0, []),
            behaviour);
    }

    /// <summary>Returns a symmetric Tullock contest among <paramref name="regions"/> identical regions.</summary>
    public static Scenario Symmetric(int regions, double prize, double exponent) =>
        Tullock(prize, exponent, Enumerable.Repeat(1.0, regions).ToArray());

    /// <summary>Returns a symmetric Tullock contest adjusted for <paramref name="rounds"/> rounds with first-round weight
    /// <paramref name="damping"/>.</summary>
    public static Scenario Symmetric(int regions, double prize, double exponent, int rounds, double damping) =>
        Tullock(prize, exponent, rounds, damping, Enumerable.Repeat(1.0, regions).ToArray());

    /// <summary>Returns a symmetric Tullock contest adjusted as <see cref="Symmetric(int, double, double, int, double)"/>, its bids
    /// starting at <paramref name="initialEffortIntensity"/> of the prize.</summary>
    public static Scenario Symmetric(int regions, double prize, double exponent, int rounds, double damping, double initialEffortIntensity) =>
        Tullock(prize, exponent, rounds, damping, initialEffortIntensity, Enumerable.Repeat(1.0, regions).ToArray());
}
