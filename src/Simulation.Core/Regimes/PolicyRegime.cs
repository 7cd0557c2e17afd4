using Simulation.Core.Signals;

namespace Simulation.Core.Regimes;

/// <summary>
/// A national policy regime as data (paper Table 1): what its selection committees value, how noisy they
/// are, and which programmes it runs. Roh-era and Lee-era regimes differ only in these numbers.
/// </summary>
/// <param name="Id">Identifier, for example <c>roh</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Selection">Contest success function and its noise.</param>
/// <param name="Tilt">Criteria the regime adds to every competition's own criteria.</param>
/// <param name="AlignmentAttribute">Attribute read as political alignment with this administration.</param>
/// <param name="Fund">Spending and allocation of the balanced-development fund.</param>
/// <param name="Programmes">Indices of the designation programmes it runs.</param>
/// <param name="GrantShareOfOwnClusters">Share of a region-funded cluster's yearly cost paid as grants-in-aid (0..1).</param>
/// <param name="SelfHelpPressure">How strongly the regime pushes regions to fund their own clusters (0..10).</param>
public sealed record PolicyRegime(
    string Id,
    string Name,
    SelectionSettings Selection,
    IReadOnlyList<Criterion> Tilt,
    int AlignmentAttribute,
    FundPolicy Fund,
    IReadOnlyList<int> Programmes,
    double GrantShareOfOwnClusters,
    double SelfHelpPressure);
