using Simulation.Core.Regimes;

namespace Simulation.Core.Selection;

/// <summary>Compiles a regime's selection settings into its rule, in one place for the national government and for those who
/// only need to know how a regime picks winners (a record's likelihood asks whether its draws are exact).</summary>
public static class SelectionRules
{
    /// <summary>Returns the rule <paramref name="settings"/> describe.</summary>
    public static ISelectionRule For(SelectionSettings settings) => settings.Rule == SelectionRuleKind.Tullock
        ? new TullockSelection(settings.Exponent)
        : new ScoredSelection(settings.Discretion, settings.Noise);
}
