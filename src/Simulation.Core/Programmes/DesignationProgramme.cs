using Simulation.Core.Signals;

namespace Simulation.Core.Programmes;

/// <summary>
/// A national programme that designates sites in regions: Innovation Cities, Enterprise Cities, special
/// districts (paper §3). The national government chooses; regions do not bid.
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Display name.</param>
/// <param name="Years">Years in which designations are made.</param>
/// <param name="DesignationsPerYear">Designations per year (rounded).</param>
/// <param name="MaxPerRegion">Most designations one region can hold over a run.</param>
/// <param name="Eligible">Eligible region indices (all when empty).</param>
/// <param name="ValuePerDesignation">Planned value of one designation, ₩ billion.</param>
/// <param name="CountsAsNationalResources">Whether the value is national money received by the region.</param>
/// <param name="Selection">Signals the choice follows.</param>
/// <param name="Discretion">Scale of the Gumbel noise in the choice (≥ 0).</param>
/// <param name="Categories">Optional categories of the plans (their shares).</param>
/// <param name="Delivery">How designations are delivered: lag, stalling, spread of the value delivered.</param>
/// <param name="Applications">Sites each region applied with, by region index, where the programme designates only what
/// was applied for (empty: no such limit); a region gets at most as many designations as it has applications.</param>
public sealed record DesignationProgramme(
    string Id,
    string Name,
    IReadOnlyList<int> Years,
    double DesignationsPerYear,
    int MaxPerRegion,
    IReadOnlyList<int> Eligible,
    double ValuePerDesignation,
    bool CountsAsNationalResources,
    IReadOnlyList<Criterion> Selection,
    double Discretion,
    IReadOnlyList<ProgrammeCategory> Categories,
    Delivery Delivery,
    IReadOnlyList<int>? Applications = null)
{
    /// <summary>Returns the most designations region <paramref name="region"/> can get over a run: 0 when it is not eligible,
    /// otherwise <see cref="MaxPerRegion"/> or, where sites are applied for, its applications if fewer.</summary>
    public int CapOf(int region) =>
        Eligible.Count > 0 && !Eligible.Contains(region) ? 0
        : Applications is { Count: > 0 } applied ? Math.Min(MaxPerRegion, applied[region])
        : MaxPerRegion;
}
