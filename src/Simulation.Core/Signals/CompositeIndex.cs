namespace Simulation.Core.Signals;

/// <summary>
/// A composite indicator such as "equity" (need) or "efficiency" (market size and capacity), built from
/// standardised attributes so that regimes can weigh broad values rather than single statistics.
/// </summary>
/// <param name="Id">Identifier used by criteria.</param>
/// <param name="Components">The weighted attributes.</param>
public sealed record CompositeIndex(string Id, IReadOnlyList<IndexComponent> Components);

/// <summary>One attribute's contribution to a <see cref="CompositeIndex"/>.</summary>
/// <param name="Attribute">Attribute position.</param>
/// <param name="Weight">Weight (≥ 0).</param>
/// <param name="LowerIsBetter">True when a low value raises the index (need).</param>
/// <param name="Log">True to standardise the logarithm of the value (skewed quantities such as population).</param>
public sealed record IndexComponent(int Attribute, double Weight, bool LowerIsBetter, bool Log);
