using Simulation.Core.Agents;
using Simulation.Core.Clusters;
using Simulation.Core.Programmes;
using Simulation.Core.Projects;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

namespace Simulation.Core;

/// <summary>
/// Everything a run needs, validated and immutable. Built from a scenario file by the loader in
/// Simulation.Experiments; the core never reads files.
/// </summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Description">One or two sentences.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Replications">Default number of replications.</param>
/// <param name="Timeline">Regime in force each year; its span is the horizon.</param>
/// <param name="Counterfactuals">Regimes also run alone over the whole horizon.</param>
/// <param name="WonPerUsd">Exchange rate used to convert the paper's dollar figures.</param>
/// <param name="Attributes">Declared region attributes.</param>
/// <param name="Regions">The regional governments.</param>
/// <param name="Indices">Composite indices.</param>
/// <param name="Partnerships">Groups that may bid jointly.</param>
/// <param name="Regimes">National policy regimes.</param>
/// <param name="Fund">Balanced-development fund path.</param>
/// <param name="Programmes">Designation programmes.</param>
/// <param name="Projects">Competitions for national projects.</param>
/// <param name="OwnClusters">Rules for region-funded clusters.</param>
/// <param name="Behaviour">Decision parameters of the regional governments.</param>
/// <param name="TimelineName">How outputs name the timeline mode, for a timeline that is not history (an invented era); null
/// for the default, "Historical timeline".</param>
/// <param name="Compared">The two counterfactual regimes the outputs set side by side, when the scenario names them; null for
/// its first two counterfactuals (which validation also reads as the equity-minded and the efficiency-minded regime).</param>
public sealed record Scenario(
    string Name,
    string Description,
    ulong Seed,
    int Replications,
    RegimeTimeline Timeline,
    IReadOnlyList<int> Counterfactuals,
    double WonPerUsd,
    IReadOnlyList<RegionAttribute> Attributes,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<CompositeIndex> Indices,
    IReadOnlyList<Partnership> Partnerships,
    IReadOnlyList<PolicyRegime> Regimes,
    NationalFund Fund,
    IReadOnlyList<DesignationProgramme> Programmes,
    IReadOnlyList<NationalProject> Projects,
    OwnClusterRules OwnClusters,
    Behaviour Behaviour,
    string? TimelineName = null,
    IReadOnlyList<int>? Compared = null)
{
    /// <summary>The most regions a scenario may hold: bids are stored as 64-bit member sets.</summary>
    public const int MaxRegions = 64;

    /// <summary>Position of the required <c>population</c> attribute (thousand persons).</summary>
    public int PopulationAttribute => AttributeIndex("population");

    /// <summary>Position of the required <c>grdpPerCapita</c> attribute (million won per person).</summary>
    public int GrdpPerCapitaAttribute => AttributeIndex("grdpPerCapita");

    /// <summary>Returns the position of an attribute, or -1.</summary>
    public int AttributeIndex(string id)
    {
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (Attributes[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Returns the modes a run covers: the timeline, then each counterfactual regime.</summary>
    public IReadOnlyList<RegimeMode> Modes() =>
        [RegimeMode.Timeline, .. Counterfactuals.Select(r => RegimeMode.Counterfactual(Regimes[r].Id, r))];
}
