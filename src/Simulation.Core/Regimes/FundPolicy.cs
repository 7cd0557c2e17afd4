using Simulation.Core.Signals;

namespace Simulation.Core.Regimes;

/// <summary>
/// How a regime spends and shares out its regional fund: share_i ∝ population_i · exp(Σ w·signal_i + discretion·ε_i)
/// among the eligible regions, within each zone when the policy names zones. The Roh era's balanced-development account
/// was reserved for less developed regions (paper §3.1); what replaced it is the scenario's to say.
/// </summary>
/// <param name="ShareOfPath">Share of the fund path spent under this regime (0 ≤ s ≤ 2).</param>
/// <param name="Discretion">Std. dev. of the normal noise in the shares (≥ 0).</param>
/// <param name="Allocation">Signals the shares follow (effort and joint bids are not allowed).</param>
/// <param name="Eligible">Indices of the regions that may receive a share (every region when empty).</param>
/// <param name="Zones">Zones with fixed shares of the fund (none: one pool for all eligible regions).</param>
public sealed record FundPolicy(double ShareOfPath, double Discretion, IReadOnlyList<Criterion> Allocation, IReadOnlyList<int> Eligible,
    IReadOnlyList<FundZone> Zones)
{
    /// <summary>Returns true when <paramref name="region"/> may receive a share.</summary>
    public bool Admits(int region) => Eligible.Count == 0 || Eligible.Contains(region);
}
