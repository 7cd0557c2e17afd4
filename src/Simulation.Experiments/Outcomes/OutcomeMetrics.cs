using Simulation.Core;

namespace Simulation.Experiments.Outcomes;

/// <summary>The outcome metrics of a scenario, in a fixed order: the model-wide ones, then one per region, then one per
/// programme category. Names are derived predictably from the scenario's ids.</summary>
public static class OutcomeMetrics
{
    /// <summary>Name of the Gini metric.</summary>
    public const string Gini = "gini_resources_per_capita";

    /// <summary>Name of the Theil metric.</summary>
    public const string Theil = "theil_resources_per_capita";

    /// <summary>Name of the Capital Region share metric.</summary>
    public const string CapitalRegionShare = "capital_region_share";

    /// <summary>Name of the rent dissipation metric.</summary>
    public const string RentDissipation = "rent_dissipation";

    /// <summary>Returns the metrics of <paramref name="scenario"/>.</summary>
    public static IReadOnlyList<OutcomeMetric> For(Scenario scenario)
    {
        var metrics = new List<OutcomeMetric>
        {
            new(Gini, "Gini of national resources per capita across regions (unweighted, 0-1)", o => o.Gini),
            new(Theil, "Theil T of national resources per capita (population-weighted)", o => o.Theil),
            new(CapitalRegionShare, "Capital Region's share of national resources (0-1)", o => o.CapitalRegionShare),
            new(RentDissipation, "total bid effort / total prize value awarded", o => o.RentDissipation),
            new("total_effort_bn_krw", "effort spent on bids, KRW billion", o => o.TotalEffort),
            new("prize_awarded_bn_krw", "prize value awarded, KRW billion", o => o.PrizeAwarded),
            new("total_resources_bn_krw", "national resources received by all regions, KRW billion", o => o.TotalResources),
            new("fund_spent_bn_krw", "balanced-development fund spent, KRW billion", o => o.FundSpent),
            new("joint_bids", "joint bids entered", o => o.JointBids),
            new("clusters_started", "region-funded clusters started", o => o.ClustersStarted),
            new("clusters_completed", "region-funded clusters completed", o => o.ClustersCompleted),
            new("clusters_stalled", "region-funded clusters stalled", o => o.ClustersStalled),
        };
        for (var r = 0; r < scenario.Regions.Count; r++)
        {
            var region = r;
            metrics.Add(new($"resources_per_capita_{scenario.Regions[r].Id}", $"national resources received by {scenario.Regions[r].Name}, KRW thousand per person", o => o.ResourcesPerCapita[region]));
        }
        var offset = 0;
        foreach (var programme in scenario.Programmes)
        {
            foreach (var category in programme.Categories)
            {
                var c = offset++;
                metrics.Add(new($"realisation_{programme.Id}_{category.Id}", $"{programme.Name}, {category.Id}: realised / planned investment (empty when none planned)",
                    o => o.PlannedByCategory[c] > 0 ? o.RealisedByCategory[c] / o.PlannedByCategory[c] : double.NaN));
            }
        }
        return metrics;
    }
}
