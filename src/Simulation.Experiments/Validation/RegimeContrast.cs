using Simulation.Core;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Validation;

/// <summary>
/// The two regimes the regime-effect and fund checks stand for, read from the scenario instead of named in code: the
/// equity-minded regime (paper Table 1, the one that runs the balanced-development fund) is the scenario's first
/// <c>counterfactuals</c> entry and the efficiency-minded one the second, the same pair <see cref="ModeCatalogue"/> compares.
/// </summary>
/// <remarks>Chosen by position, not by which tilt weights <c>equity</c> most: a scenario whose equity regime lost its equity
/// tilt must fail the checks, not have them quietly judge the other regime.</remarks>
/// <param name="EquityMinded">The equity-minded regime, or null when the scenario has no counterfactual.</param>
/// <param name="EfficiencyMinded">The efficiency-minded regime, or null when the scenario has fewer than two counterfactuals.</param>
public sealed record RegimeContrast(PolicyRegime? EquityMinded, PolicyRegime? EfficiencyMinded)
{
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

    /// <summary>Parameter path of the equity-minded regime's equity tilt, zeroed for the run without it; null without that regime.</summary>
    public string? EquityTilt => EquityMinded is null ? null : $"regimes[{EquityMinded.Id}].tilt[{EquityIndex}].weight";
}
