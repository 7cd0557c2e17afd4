namespace Simulation.Core.Regimes;

/// <summary>The contest success function a regime's selection committees follow.</summary>
public enum SelectionRuleKind
{
    /// <summary>Weighted criteria plus noise; the highest scores win.</summary>
    Scored,

    /// <summary>Tullock lottery: p_i = q_i^r / Σ q_j^r.</summary>
    Tullock,
}
