namespace Simulation.Core.Regimes;

/// <summary>How a regime turns scores into winners.</summary>
/// <param name="Rule">Scored (criteria plus noise) or Tullock (lottery on effort times merit).</param>
/// <param name="Noise">Noise distribution of the scored rule.</param>
/// <param name="Discretion">Scale of the noise in the scored rule (σ ≥ 0; 0 = the best score always wins). Paper §4.1 on "the validity and consistency of the criteria".</param>
/// <param name="Exponent">Tullock exponent r (0 &lt; r ≤ 10); the contest's decisiveness.</param>
public sealed record SelectionSettings(SelectionRuleKind Rule, NoiseKind Noise, double Discretion, double Exponent);
