namespace Simulation.Core.Signals;

/// <summary>
/// A composite indicator such as "equity" (need) or "efficiency" (market size and capacity), built from
/// standardised attributes so that regimes can weigh broad values rather than single statistics.
/// </summary>
/// <param name="Id">Identifier used by criteria.</param>
/// <param name="Components">The weighted attributes.</param>
public sealed record CompositeIndex(string Id, IReadOnlyList<IndexComponent> Components)
{
    /// <summary>The id of the index that gives each region its capacity at the start of a replication (ODD §5, Initialization), from which
    /// the capacity signal then evolves.</summary>
    public const string CapacityId = "capacity";

    /// <summary>True when at least one component has a weight above 0. The weighted sum is standardised again, so only the
    /// weights relative to one another (each one's share of their total) matter; with every weight at 0 those shares are
    /// 0/0 and the index has no composition at all. Scenarios with such an index are refused.</summary>
    public bool HasWeight => Components.Any(c => c.Weight > 0);
}

/// <summary>One attribute's contribution to a <see cref="CompositeIndex"/>.</summary>
/// <param name="Attribute">Attribute position.</param>
/// <param name="Weight">Weight (≥ 0).</param>
/// <param name="LowerIsBetter">True when a low value raises the index (need).</param>
/// <param name="Transform">Transform applied before standardising.</param>
public sealed record IndexComponent(int Attribute, double Weight, bool LowerIsBetter, IndexTransform Transform)
{
    /// <summary>Returns the transformed value of <paramref name="value"/>.</summary>
    public double Apply(double value) => Transform switch
    {
        IndexTransform.Log => Math.Log(Math.Max(value, 1e-9)),
        IndexTransform.Log1p => Math.Log(1.0 + Math.Max(value, 0.0)),
        _ => value,
    };
}
