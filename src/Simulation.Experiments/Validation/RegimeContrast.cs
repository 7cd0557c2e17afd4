using Simulation.Core;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Validation;

/// <summary>
/// The two regimes the regime-effect and fund checks stand for, read from the scenario instead of named in code: the
/// equity-minded regime (paper Table 1, the one that runs the balanced-development fund) is the scenario's first
/// <c>counterfactuals</c> entry and the efficiency-minded one the second, the pair <see cref="ModeCatalogue"/> compares unless
/// the scenario names another in <c>compared</c> (a third regime charted, the roles kept).
/// </summary>
/// <remarks>Chosen by position, not by which tilt weights <c>equity</c> most: a scenario whose equity regime lost its equity
/// tilt must not have the checks quietly judge the other regime. Its equity-tilt check is not applicable (there is no tilt
/// to test), and <see cref="Roles"/> warns when the first regime weighs equity less than the second.</remarks>
/// <param name="EquityMinded">The equity-minded regime, or null when the scenario has no counterfactual.</param>
/// <param name="EfficiencyMinded">The efficiency-minded regime, or null when the scenario has fewer than two counterfactuals.</param>
public sealed record RegimeContrast(PolicyRegime? EquityMinded, PolicyRegime? EfficiencyMinded)
{
    /// <summary>Why a fund or regime check cannot apply to a scenario without counterfactuals, as its rule opens.</summary>
    public const string NoCounterfactual = "not applicable: the scenario has no counterfactual regime (its counterfactuals list is empty), so there is no regime held over the horizon to compare";

    /// <summary>Id of the composite index the equity-minded regime's tilt weighs.</summary>
    public const string EquityIndex = "equity";

    /// <summary>Returns the contrast of <paramref name="scenario"/>.</summary>
    public static RegimeContrast From(Scenario scenario)
    {
        PolicyRegime? Counterfactual(int k) => scenario.Counterfactuals.Count > k ? scenario.Regimes[scenario.Counterfactuals[k]] : null;
        return new RegimeContrast(Counterfactual(0), Counterfactual(1));
    }

    /// <summary>Mode label of the equity-minded regime; empty (no mode) when there is none.</summary>
    public string EquityMode => EquityMinded?.Id ?? string.Empty;

    /// <summary>Mode label of the efficiency-minded regime; empty (no mode) when there is none.</summary>
    public string EfficiencyMode => EfficiencyMinded?.Id ?? string.Empty;

    /// <summary>Returns an informative row naming the regimes the checks take as equity- and efficiency-minded, which warns
    /// when the first weighs the equity index less than the second (their order in <c>counterfactuals</c> reversed, most
    /// likely); null without two counterfactuals.</summary>
    public ValidationCheck? Roles(Scenario scenario)
    {
        if (EquityMinded is null || EfficiencyMinded is null)
        {
            return null;
        }
        var (first, second) = (EquityWeight(scenario, EquityMinded), EquityWeight(scenario, EfficiencyMinded));
        var reversed = first < second;
        return new ValidationCheck("regime", "regime.roles",
            $"the fund and regime checks take {EquityMinded.Name} (the first counterfactual) as the equity-minded regime and {EfficiencyMinded.Name} (the second) as the efficiency-minded one; their equity tilts weigh {first:0.###} and {second:0.###}",
            second, first, double.NaN, double.NaN, CheckStatus.Info,
            reversed ? $"WARNING: {EquityMinded.Name} weighs equity less than {EfficiencyMinded.Name}; if {EfficiencyMinded.Name} is the equity-minded regime, list it first in counterfactuals, or the fund and regime checks judge the wrong one"
                : "reported, not judged: the order of counterfactuals sets the roles; expected: the efficiency-minded regime's equity tilt, simulated: the equity-minded one's",
            "paper Table 1", CheckKind.Input);
    }

    /// <summary>Returns a warning for the report's head when the first counterfactual weighs the equity index less than the
    /// second (their order reversed, most likely), so that the fund and regime checks it makes fail are read as judging the
    /// wrong regime rather than as a fund off the paper's path; null otherwise.</summary>
    public string? ReversedWarning(Scenario scenario)
    {
        if (EquityMinded is null || EfficiencyMinded is null)
        {
            return null;
        }
        var (first, second) = (EquityWeight(scenario, EquityMinded), EquityWeight(scenario, EfficiencyMinded));
        return first >= second ? null
            : $"the fund and regime checks take {EquityMinded.Name}, the first of the scenario's counterfactuals, as the equity-minded regime "
                + $"(paper Table 1), but its tilt weighs the equity index less than {EfficiencyMinded.Name}'s ({first:0.###} against {second:0.###}): "
                + $"if {EfficiencyMinded.Name} is the equity-minded regime, list it first in counterfactuals; until then the fund and regime checks "
                + "judge the other regime, and their failures say nothing of the fund (regime.roles).";
    }

    /// <summary>Returns the weight the equity-minded regime's tilt gives the equity index: 0 when it gives none (a weight of 0,
    /// no such tilt, or no such index), null without that regime.</summary>
    public double? EquityTiltWeight(Scenario scenario) => EquityMinded is null ? null : EquityWeight(scenario, EquityMinded);

    private static double EquityWeight(Scenario scenario, PolicyRegime regime)
    {
        var index = scenario.Indices.ToList().FindIndex(i => i.Id == EquityIndex);
        return index < 0 ? 0.0
            : regime.Tilt.Where(c => c.Signal == new Core.Signals.Signal(Core.Signals.SignalKind.Index, index)).Sum(c => c.Weight);
    }

    /// <summary>Parameter path of the equity-minded regime's equity tilt, zeroed for the run without it; null without that regime.</summary>
    public string? EquityTilt => EquityMinded is null ? null : $"regimes[{EquityMinded.Id}].tilt[{EquityIndex}].weight";
}
