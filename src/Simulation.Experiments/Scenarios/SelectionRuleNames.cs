using Simulation.Core.Regimes;

namespace Simulation.Experiments.Scenarios;

/// <summary>How a scenario names a regime's selection rule (<c>selection.rule</c>): one mapping between the schema's words and
/// <see cref="SelectionRuleKind"/>, so that no reader or message compares the words itself.</summary>
public static class SelectionRuleNames
{
    /// <summary>The scenario's word for <see cref="SelectionRuleKind.Tullock"/>.</summary>
    public const string Tullock = "tullock";

    /// <summary>The scenario's word for <see cref="SelectionRuleKind.Scored"/>.</summary>
    public const string Scored = "scored";

    /// <summary>The rule a scenario's word names; the schema admits only the two words, and anything but <see cref="Tullock"/>
    /// reads as the scored rule, the schema's default.</summary>
    public static SelectionRuleKind Parse(string? word) => word == Tullock ? SelectionRuleKind.Tullock : SelectionRuleKind.Scored;

    /// <summary>The scenario's word for <paramref name="rule"/>.</summary>
    public static string Name(SelectionRuleKind rule) => rule == SelectionRuleKind.Tullock ? Tullock : Scored;
}
