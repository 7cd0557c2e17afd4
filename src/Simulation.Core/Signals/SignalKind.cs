namespace Simulation.Core.Signals;

/// <summary>What a criterion weighs: a static attribute or index, or one of the model's built-in quantities.</summary>
public enum SignalKind
{
    /// <summary>A region attribute, standardised across regions.</summary>
    Attribute,

    /// <summary>A composite index, standardised across regions.</summary>
    Index,

    /// <summary>Log of a bid's effort over the prize value.</summary>
    Effort,

    /// <summary>The region's evolving capacity.</summary>
    Capacity,

    /// <summary>Political alignment with the administration in force, standardised.</summary>
    Alignment,

    /// <summary>1 for a Capital Region member, else 0.</summary>
    CapitalRegion,

    /// <summary>1 for a joint bid, else 0.</summary>
    JointBid,
}
