namespace Simulation.Core.Signals;

/// <summary>How an attribute is transformed before it is standardised in an index: skewed quantities read better on a log
/// scale, and counts that can be zero (airports, medical schools) on ln(1 + x).</summary>
public enum IndexTransform
{
    /// <summary>The value as it is.</summary>
    None,

    /// <summary>ln(max(value, 1e-9)), for positive skewed quantities such as population.</summary>
    Log,

    /// <summary>ln(1 + max(value, 0)), for counts and volumes that can be zero.</summary>
    Log1p,
}
