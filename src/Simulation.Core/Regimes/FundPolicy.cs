using Simulation.Core.Signals;

namespace Simulation.Core.Regimes;

/// <summary>
/// How a regime spends and shares out the balanced-development fund: share_i ∝ population_i ·
/// exp(Σ w·signal_i + discretion·ε_i).
/// </summary>
/// <param name="ShareOfPath">Share of the fund path spent under this regime (0 ≤ s ≤ 2).</param>
/// <param name="Discretion">Std. dev. of the normal noise in the shares (≥ 0).</param>
/// <param name="Allocation">Signals the shares follow (effort and joint bids are not allowed).</param>
public sealed record FundPolicy(double ShareOfPath, double Discretion, IReadOnlyList<Criterion> Allocation);
